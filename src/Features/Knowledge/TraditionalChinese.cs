using System.Collections.Frozen;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Folds common traditional characters to simplified ones (會→会, 費→费, 樂→乐) so members in Hong Kong, Taiwan or
/// with a traditional input method match the simplified knowledge base. Everyday and union vocabulary only:
/// one character to one character, no phrase conversion.
/// </summary>
public static class TraditionalChinese
{
    private const string Pairs =
        "會会員员費费樂乐嗎吗麼么們们這这個个說说請请問问時时體体檢检險险證证資资務务職职療疗醫医補补動动參参課课" +
        "書书畫画攝摄網网極极藝艺遺遗愛爱媽妈嬰婴關关師师幫帮難难溫温熱热線线電电話话單单訓训練练競竞賽赛創创勞劳" +
        "簽签訂订閱阅讀读號号碼码裡里還还沒没頭头點点當当發发錢钱給给協协議议爭争傷伤辦办領领掛挂丟丢換换壞坏鐵铁" +
        "報报導导們们過过來来為为學学習习從从後后經经濟济團团組组織织場场運运環环衛卫護护園园處处應应該该讓让幾几" +
        "嗎吗麼么啥啥喲哟嗎吗裏里鬆松緊紧壓压慮虑憂忧鬱郁緒绪輔辅諮咨詢询談谈聽听見见覺觉腦脑筆笔練练寫写紙纸剪剪" +
        "藍蓝風风箏筝絨绒麵面塑塑製制長长廠厂輛辆車车乘乘載载賣卖買买貨货遞递騎骑勁劲驛驿飯饭熱热機机歲岁婦妇產产" +
        "離离婚婚戀恋誰谁對对興兴趣趣聯联誼谊親亲紹绍認认識识區区縣县鄉乡鎮镇員员辭辞訴诉裁裁決决賠赔償偿謝谢歡欢" +
        "迎迎您您嗨嗨喔喔啊啊麼么嘛嘛吧吧問问題题幹干這这樣样裡里邊边陽阳陰阴雲云氣气漲涨價价銀银貸贷債债繳缴納纳" +
        "積积養养險险稅税醫医藥药診诊斷断癥症種种猶犹豫豫歸归級级約约門门開开關关閉闭嗎吗復复雜杂簡简單单標标準准" +
        "節节慶庆紅红燈灯廳厅館馆圖图錄录聞闻黨党執执獎奖勵励貼贴額额優优惠惠證证畢毕業业專专術术營营憑凭線线饋馈" +
        "擔担負负責责誤误錯错讀读準准備备剛刚說说話话兒儿嗚呜啟启動动瀏浏覽览註注冊册戶户帳账號号碼码傳传輸输設设" +
        "別别訊讯煩烦擾扰轉转絡络結结東东實实際际";

    private static readonly FrozenDictionary<char, char> Map = Build();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplify(char c) => c >= '\u4e00' && Map.TryGetValue(c, out var simplified) ? simplified : c;

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            if (Pairs[i] != Pairs[i + 1])
            {
                map[Pairs[i]] = Pairs[i + 1];
            }
        }

        return map.ToFrozenDictionary();
    }
}
