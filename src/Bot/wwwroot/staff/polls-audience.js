// Where a new poll goes: posted into one group (as before), or sent as a notice to the audiences the notice form
// offers (all members, chosen groups, clubs or units); votes come back from each member's own chat.
import { api } from '/staff/api.js';
import { addTexts, lang } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';

addTexts({
  'p.target': ['发送方式', 'Send'],
  'p.toGroup': ['发到群里', 'Post into a group'],
  'p.toNotice': ['作为通知发给会员', 'Send to members as a notice'],
  'p.all': ['全体会员', 'All members'],
  'p.groups': ['指定群组的成员', 'Members of chosen groups'],
  'p.clubs': ['指定社团成员', 'Members of chosen clubs'],
  'p.units': ['指定工会（含下级单位）', 'Chosen units (and the units under them)'],
});

const group = document.getElementById('poll-group');
const box = document.createElement('fieldset');
box.id = 'poll-target';
box.innerHTML = `<legend data-t="p.target"></legend>
  <label class="row"><input type="radio" name="pollTarget" value="group" checked> <span data-t="p.toGroup"></span></label>
  <label class="row"><input type="radio" name="pollTarget" value="notice"> <span data-t="p.toNotice"></span></label>
  <div id="poll-audience" hidden>
    <label class="row"><input type="radio" name="pollAudience" value="all" checked> <span data-t="p.all"></span></label>
    <label class="row"><input type="radio" name="pollAudience" value="groups"> <span data-t="p.groups"></span></label>
    <div id="poll-audience-groups" class="row"></div>
    <label class="row"><input type="radio" name="pollAudience" value="clubs"> <span data-t="p.clubs"></span></label>
    <div id="poll-audience-clubs" class="row"></div>
    <label class="row"><input type="radio" name="pollAudience" value="units"> <span data-t="p.units"></span></label>
    <div id="poll-audience-units" class="row"></div>
  </div>`;
group.closest('label').before(box);

const form = document.getElementById('poll-form');
const asNotice = () => form.pollTarget.value === 'notice';

// The group select is needed (and validated) only for a group poll.
function follow() {
  document.getElementById('poll-audience').hidden = !asNotice();
  group.disabled = asNotice();
  group.closest('label').style.display = asNotice() ? 'none' : ''; // the console's label style outranks [hidden]
}
box.addEventListener('change', follow);
form.addEventListener('reset', () => setTimeout(follow));

const checked = (id) => [...document.querySelectorAll(`#${id} input:checked`)].map((b) => b.value);
const choices = (id, items) => {
  document.getElementById(id).innerHTML = items
    .map((item) => `<label class="row"><input type="checkbox" value="${esc(item.id)}"> ${esc(item.name)}</label>`).join('');
};
const units = (nodes) => nodes.flatMap((n) => [{ id: n.path, name: `${n.path.replaceAll('/', ' / ')} (${n.active})` }, ...units(n.children)]);

/** Fills the audience choices (groups, clubs, units), keeping what is ticked. */
export async function loadAudiences(groups) {
  const [clubs, tree] = await Promise.all([api('GET', '/api/admin/clubs'), api('GET', '/api/admin/members/units')]);
  const keep = ['groups', 'clubs', 'units'].flatMap((k) => checked(`poll-audience-${k}`));
  choices('poll-audience-groups', groups.map((g) => ({ id: g.groupId, name: g.name })));
  choices('poll-audience-clubs', clubs.map((c) => ({ id: c.id, name: lang() === 'en' && c.nameEn ? c.nameEn : c.name })));
  choices('poll-audience-units', units(tree));
  box.querySelectorAll('#poll-audience input[type="checkbox"]').forEach((b) => { b.checked = keep.includes(b.value); });
}

/** The draft's target: { groupId } for a group poll, { audience } for a notice poll. */
export function pollTarget() {
  if (!asNotice()) return { groupId: group.value };
  const kind = form.pollAudience.value;
  return { audience: kind === 'all' ? { all: true } : { [kind]: checked(`poll-audience-${kind}`) } };
}
