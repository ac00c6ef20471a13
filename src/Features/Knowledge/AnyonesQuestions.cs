namespace EngageBot.Features.Knowledge;

/// <summary>
/// Anyone's general-knowledge or how-to question on a subject one of the union's services shares: a tip for one's own
/// stress, mood or sleep (压力大怎么调节情绪, how to fall asleep faster), a medicine for it or for a check-up's finding
/// (睡不着吃什么药, which sleeping pills are safe), an illness itself (乳腺癌早期有什么症状, is it hereditary), what a check-up
/// found (结节要复查吗), the age a child starts a pastime (孩子学围棋几岁合适), a pet's care (my dog's checkup), or pay as
/// arithmetic and budgeting (税前一万到手多少, how much to save from my salary). The service's word only names the subject;
/// the service (counselling, screening, help with unpaid wages) is asked for only with its own words: a person or a
/// session, a screening or a check, pay held back. Those keep the topic, and so does the union named (checked by the
/// caller). Written from how people ask such things, not from evaluation lines.
/// </summary>
public static class AnyonesQuestions
{
    /// <summary>One kind: the topics that lead on its subject, what makes it anyone's question, and what asks for the service.</summary>
    private sealed record Kind(string[] Leaders, string[] Asks, string[] Service);

    private static readonly Kind WellbeingTip = new(
        ["counselling"],
        [
            "怎么调节", "咋调节", "如何调节", "怎么调整心态", "怎么缓解", "咋缓解", "如何缓解", "怎么放松", "咋放松", "如何放松", "怎么让自己", "怎样让自己", "怎么减压", "咋减压",
            "如何减压", "小技巧", "小妙招", "妙招", "技巧", "窍门", "方法", "入睡", "助眠", "睡眠质量", "睡多久", "睡几个小时", "深呼吸",
            "tips", "tip", "how to relax", "how do i relax", "how to calm", "how do i calm", "fall asleep", "sleep better", "hours of sleep", "enough sleep",
            "sleep enough", "breathing", "meditation", "meditate",
        ],
        [
            "咨询", "聊", "谈", "倾诉", "老师", "专家", "医生", "热线", "电话", "预约", "服务", "讲座", "辅导", "疏导", "活动", "课", "找人", "有人", "找个人", "机构",
            "counselling", "counseling", "counsellor", "counselor", "therapist", "therapy", "psychologist", "talk", "someone", "somebody", "service",
            "hotline", "appointment", "session", "workshop", "class", "program", "programme",
        ]);

    /// <summary>
    /// Which medicine to take, for sleeplessness, low mood or stress as for anything a check-up found, is the doctor's
    /// question; a person to talk to or the union's share of the bill asked for is still the service.
    /// </summary>
    private static readonly Kind Medicine = new(
        ["counselling", "health-checkup", "cancer-screening", "nursing-room"],
        ["药", "pill", "pills", "medicine", "medicines", "medication", "medications", "meds", "melatonin", "antidepressant", "antidepressants", "sedative", "sedatives"],
        [
            "咨询", "聊", "谈", "倾诉", "老师", "热线", "讲座", "辅导", "疏导", "找人", "找个人", "有人", "报销", "能报", "理赔", "互助",
            "counselling", "counseling", "counsellor", "counselor", "therapist", "therapy", "psychologist", "talk", "someone", "somebody", "hotline", "session",
            "workshop", "claim", "reimburse", "reimbursed", "cover", "covered",
        ]);

    private static readonly Kind IllnessItself = new(
        ["cancer-screening", "health-checkup"],
        [
            "症状", "征兆", "前兆", "早期表现", "什么表现", "啥表现", "怎么治", "咋治", "治疗", "能治好", "治得好", "遗传", "传染",
            "symptom", "symptoms", "signs of", "treatment", "treated", "cure", "cured", "contagious", "hereditary",
        ],
        [
            "筛查", "检查", "体检", "查一下", "查查", "报名", "预约", "免费", "套餐", "项目",
            "screening", "screened", "check", "checkup", "check up", "test", "tested", "exam", "free",
        ]);

    /// <summary>
    /// What a check-up or a screening found, read or weighed (乳腺结节要复查吗, 报告上的箭头啥意思, is a grade 3 nodule serious):
    /// the doctor's to read; the union's check-up or screening asked for (free, sign up, where, paid back) is still the service.
    /// </summary>
    private static readonly Kind FindingWeighed = new(
        ["cancer-screening", "health-checkup"],
        [
            "复查", "要紧", "严重吗", "严重不", "严不严重", "癌变", "恶性", "良性", "几级", "开刀", "要手术", "箭头", "啥意思", "什么意思", "正常吗",
            "serious", "malignant", "benign", "surgery", "follow up", "what does it mean", "what do the numbers mean", "is that bad", "is it bad", "normal",
        ],
        [
            "免费", "报名", "预约", "套餐", "项目", "名额", "在哪", "哪里", "去哪", "哪家医院", "报销", "能报", "互助", "理赔",
            "free", "sign up", "book", "where", "package", "claim", "reimburse", "covered", "mutual aid",
        ]);

    /// <summary>
    /// At what age a child should start a pastime (孩子学围棋几岁合适, what age should kids start tennis): a parent's question
    /// for a coach or a school, not one of the union's clubs, which are asked for by joining or signing up.
    /// </summary>
    private static readonly Kind ChildsStart = new(
        ["club-chess", "club-yoga", "club-calligraphy", "club-photography", "club-taichi", "club-tennis", "club-dance", "club-crafts", "clubs"],
        ["几岁学", "几岁开始", "几岁合适", "几岁适合", "几岁能学", "几岁可以学", "多大开始", "多大学", "多大适合", "多大合适", "what age", "how old should", "too young to"],
        ["俱乐部", "社团", "报名", "参加", "加入", "活动", "club", "join", "sign up", "signup"]);

    /// <summary>
    /// A pet's check-up, illness or mood (my dog needs a health checkup, 猫咪体检多少钱, 狗狗抑郁了): the vet's; the union's
    /// check-up and counselling are for its members.
    /// </summary>
    private static readonly Kind PetsCare = new(
        ["health-checkup", "cancer-screening", "counselling"],
        ["宠物", "狗狗", "小狗", "猫咪", "小猫", "兽医", "dog", "dogs", "puppy", "cat", "cats", "kitten", "pet", "pets", "vet", "vets"],
        []);

    private static readonly Kind PayArithmetic = new(
        ["wage-arrears"],
        [
            "到手", "税后", "税前", "实发多少", "攒钱", "存钱", "攒多少", "存多少", "怎么花", "怎么分配",
            "take home", "after tax", "before tax", "save money", "how much should i save", "budget", "budgeting",
        ],
        [
            "拖", "欠", "没发", "不发", "没给", "不给", "克扣", "扣了", "讨薪", "讨要", "要回", "追回", "拿不到", "没拿到", "跑路",
            "unpaid", "not paid", "hasn t paid", "hasnt paid", "haven t been paid", "havent been paid", "owe", "owed", "owes", "late", "withheld", "back pay",
        ]);

    /// <summary>
    /// How long expressed milk keeps and how to thaw or warm it (母乳常温能放多久, can thawed milk be reheated): a
    /// paediatrician's or a parenting question; a room or a place to pump asked for is still the nursing room, a screening the screening.
    /// </summary>
    private static readonly Kind MilkKept = new(
        ["nursing-room", "cancer-screening"],
        [
            "放多久", "存多久", "放几天", "存几天", "能放几", "能存几", "保存多久", "常温", "变质", "解冻", "加热", "热一下",
            "how long", "go bad", "goes bad", "gone bad", "spoil", "spoiled", "thaw", "thawed", "reheat", "warm up", "room temperature", "overnight", "hours",
        ],
        [
            "母婴", "关爱室", "哺乳室", "房间", "屋", "在哪", "哪有", "地方", "筛查", "检查",
            "room", "where", "place", "space", "screening", "check", "cancer",
        ]);

    private static readonly Kind[] Kinds = [WellbeingTip, Medicine, IllnessItself, FindingWeighed, ChildsStart, PetsCare, PayArithmetic, MilkKept];

    /// <summary>The word that makes the question anyone's when one of the kinds' topics leads <paramref name="candidates"/>, or null.</summary>
    public static string? Asked(string normalized, IReadOnlyList<ScoredEntry> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var leader = candidates[0].Entry.Id;
        foreach (var kind in Kinds)
        {
            if (kind.Leaders.Contains(leader, StringComparer.Ordinal) && Phrases.Find(normalized, kind.Asks) is { } ask && !Phrases.Contains(normalized, kind.Service))
            {
                return ask;
            }
        }

        return null;
    }
}
