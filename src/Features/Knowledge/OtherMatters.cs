namespace EngageBot.Features.Knowledge;

/// <summary>
/// Questions that use a topic's word for something that is not the union's: another organisation's service (超市的会员卡,
/// 瑜伽馆的年卡, 中国移动的热线, 爱奇艺会员怎么退订, gym membership, a hospital appointment, enrolling at a driving school) or buying a hobby's gear (书法字帖推荐哪本, a good
/// tennis racket), or public medical insurance (医保门诊报销比例) or a commercial insurer's policy (泰康的医疗险). The word
/// names the member's card, hotline or club only when the union owns it; here the owner or the shop is the subject.
/// Written from the categories (shops, gyms, carriers, apps, couriers, hospitals, banks, papers, insurers, training
/// companies; gear, its faults and buying advice; photos kept on a device; another app's or group's notifications; a
/// show's airing or a video learnt from; a school's societies and contests; a patent filed; the tax on pay), not from evaluation lines.
/// </summary>
public static class OtherMatters
{
    /// <summary>Organisations that are not the union and sell or run a service of their own.</summary>
    private static readonly string[] Owners =
    [
        "超市", "商场", "商店", "便利店", "健身房", "健身中心", "瑜伽馆", "游泳馆", "球馆", "场馆", "培训机构", "机构", "驾校", "理发店", "美容院", "电影院", "影院", "加油站",
        "银行", "建行", "农行", "招行", "邮储", "医院", "诊所", "药店", "中国移动", "中国联通", "中国电信", "移动公司", "联通", "电信", "运营商", "快递", "顺丰", "圆通", "中通", "韵达", "京东", "淘宝", "天猫",
        "拼多多", "美团", "饿了么", "滴滴", "爱奇艺", "腾讯视频", "优酷", "芒果tv", "视频网站", "网站", "钉钉", "支付宝", "抖音", "快手", "航空公司", "保险公司", "搬家公司",
        "开锁公司", "快递公司", "家政公司", "物流公司", "中介", "物业", "晚报", "报纸", "杂志", "酒店", "微信群", "朋友圈", "qq群",
        // training companies by name: their courses, fees and refunds are theirs (the union's courses are named as the union's)
        "新东方", "学而思", "中公", "华图", "粉笔", "猿辅导", "作业帮", "高顿", "尚德", "达内", "新航道",
        // public offices with their own hotlines, complaints and appointments (the labour bureau and courts stay: labour disputes are ours)
        "消协", "消费者协会", "派出所", "公安局", "交警", "车管所", "出入境", "民政局", "税务局", "妇联", "残联", "红十字会", "居委会", "街道办",
        "12345", "12333", "12320", "12315", "10086", "10010", "10000", "95588",
        "gym", "netflix", "spotify", "youtube", "bank", "airline", "supermarket", "amazon", "taobao", "meituan", "china mobile", "china unicom", "china telecom",
        "alipay", "wechat", "weixin", "didi", "jd", "pinduoduo", "douyin", "tiktok", "iqiyi", "ctrip", "trip com", "12306", "apple", "icloud", "costco", "ikea",
        "starbucks", "kfc", "mcdonalds", "eleme", "sf express", "the post office", "hospital", "clinic",
        "mall", "shopping mall", "department store", "store", "pharmacy", "drugstore", "salon", "cinema", // shops in English, as 商场 and 超市 above
        "carrier", "spam", "newsletter", "magazine", "newspaper", "streaming", "insurance company", "hotel",
        "driving school", "kindergarten", "daycare", "preschool", "primary school", "dentist", "doctor", "doctors", "doctor s",
    ];

    /// <summary>
    /// Businesses called a club (Sam's Club, a golf or country club, a nightclub): their membership, joining and opening
    /// are theirs, however the question words it (how do I join sam's club); the union's clubs are never named so.
    /// </summary>
    private static readonly string[] SellingClubs = ["sam s club", "sams club", "golf club", "country club", "nightclub", "night club", "山姆会员店", "山姆店"];

    /// <summary>A place's or a business's opening hours: its own (declared before the lists that take it in).</summary>
    private static readonly string[] OpeningHours = ["几点开门", "开门", "开放时间", "闭馆", "opening hours", "open on", "open today", "open at", "closing time"];

    /// <summary>What such an owner sells or runs: its cards, memberships, hotlines, subscriptions, vouchers, courses and its technicians' home visits.</summary>
    private static readonly string[] Services =
    [
        "会员卡", "会员", "年卡", "月卡", "次卡", "卡", "积分", "客服", "电话", "热线", "订阅", "退订", "打卡", "续费", "预约", "投诉", "学费", "退费", "账号", "封号", "app", "发票", "订单",
        "下单", "签到", "挂号", "取号", "排队", "开证明", "补贴", "推送", "通知", "消息", "免打扰", "提醒", "师傅", "上门", "安装", "维修", "课", "课程",
        "membership", "member", "members", "subscription", "subscribe", "unsubscribe", "card", "hotline", "customer service", "account", "email", "emails", "points", "phone number", "invoice", "receipt", "class", "classes", "lesson", "lessons", "course", "courses",
        // its opening hours are its own (Costco周末几点开门, is the museum open on mondays)
        .. OpeningHours, "几点关门", "营业时间",
        // enrolling, booking and calling either off are the owner's as well (sign me up for driving school, cancel my hospital appointment)
        "appointment", "appointments", "booking", "bookings", "reservation", "reservations", "registration", "enrollment", "enrolment", "enroll", "enrol",
        "sign up", "sign me up", "signup", "sign my", "register",
        // its vouchers and coupons are its offer, however it words them (银行发的福利券): the union's are named as the union's
        "福利券", "优惠券", "代金券", "消费券", "购物券", "coupon", "coupons", "voucher", "vouchers",
    ];

    /// <summary>A hobby's gear, which the union's clubs use but do not sell, a pumping mother's gear (the nursing room has a fridge, not bags), and apps to learn or do it with.</summary>
    private static readonly string[] Gear =
    [
        "字帖", "毛笔", "宣纸", "墨汁", "砚台", "器材", "相机", "单反", "镜头", "三脚架", "球拍", "网球拍", "羽毛球拍", "拍子", "瑜伽垫", "垫子", "瑜伽裤", "瑜伽服", "舞鞋", "舞蹈服",
        "练功服", "太极服", "太极剑", "棋盘", "棋子", "毛线", "黏土", "装备", "跑鞋", "球鞋", "软件", "app", "apps", "舞蹈鞋", "拍线", "球线", "镜头盖", "滤镜",
        "微单", "卡片机", "胶片机", "拍立得", "mirrorless",
        "冰包", "冰袋", "背奶包", "储奶袋", "奶瓶", "cooler bag", "ice pack", "milk storage bags", "storage bags",
        "racket", "racquet", "strings", "sword", "swords", "shuttlecock", "shuttlecocks", "yoga mat", "mat", "brushes", "ink", "inkstone", "rackets", "mats", "camera", "lens", "tripod", "brush", "leggings", "yoga pants", "dance shoes", "shoes", "gear", "equipment", "chess set", "chessboard", "yarn",
    ];

    /// <summary>
    /// Choosing what gear to use is the same question as what to buy (用什么垫子, 选哪种球拍, 拍线多少磅合适, which shoes, help me pick a mat;
    /// not a bare "pick", which is also picking gear up);
    /// not for apps, which the bot's own use is asked with (用什么app签到).
    /// </summary>
    private static readonly string[] Choosing = ["用什么", "用哪", "选什么", "选哪", "怎么选", "什么样的", "哪种", "合适", "which", "best", "what kind of", "choose", "pick a", "pick out", "help me pick"];

    /// <summary>
    /// The gear's own state, care, build or size (镜头起雾了, 新毛笔怎么开笔, 球拍多重, 垫子有味道, 舞鞋买大一码, a broken lens, dust or
    /// water got in, a string snapped and restrung): a question about the
    /// thing the member owns, which no club answers; a club named beside it still makes it the club's.
    /// </summary>
    private static readonly string[] GearItself =
    [
        "多重", "几磅", "尺码", "尺寸", "型号", "起雾", "发霉", "开笔", "保养", "清洗", "怎么洗", "坏了", "修", "漏气", "有味", "味道", "起球", "掉色", "磨损",
        "进灰", "有灰", "进水", "断了", "穿线", "划痕", "几码", "一码", "半码", "多大码", "码数", "穿多大", "偏大", "偏小",
        "fix", "repair", "clean", "broken", "foggy", "weight", "size", "smell", "dust", "dusty", "scratched", "restring",
    ];

    /// <summary>What the gear costs (太极剑多少钱, how much is a yoga mat): the shop's price, as buying is (not for apps, which the bot's own use may cost nothing to ask about).</summary>
    private static readonly string[] Price = ["多少钱", "啥价", "什么价", "价格", "价钱", "贵不贵", "how much", "price", "prices", "cost", "costs"];

    private static readonly string[] Apps = ["软件", "app", "apps"];

    /// <summary>
    /// Photos as files (手机里的照片怎么备份, move my photos to a new phone, storage full of photos): kept, moved, printed or
    /// lost on a device, which is the phone's or the cloud's matter; taking or editing them stays the photography club's.
    /// </summary>
    private static readonly string[] Photos = ["照片", "相片", "相册", "图片", "photos", "photo", "pictures", "pics"];

    private static readonly string[] FileHandling =
    [
        "备份", "传到", "导到", "导出", "导入", "删除", "删了", "恢复", "找回", "迁移", "转移", "打印", "内存", "存储", "空间", "云盘", "网盘", "u盘", "硬盘", "满了", "清理",
        "back up", "backup", "transfer", "move", "delete", "deleted", "recover", "print", "storage", "space", "cloud", "icloud", "google photos", "hard drive", "usb", "sync",
    ];

    /// <summary>Asking where or what to buy or rent, also typed in a hurry (太极剑哪买, 哪有卖), or whether a thing or an app is any good (靠谱吗, 好不好用).</summary>
    private static readonly string[] Buying =
    [
        "推荐", "哪款", "哪本", "哪家", "哪种好", "哪个好", "牌子", "品牌", "哪里买", "在哪买", "哪儿买", "去哪买", "哪买", "哪有卖", "哪卖", "哪里租", "在哪租", "哪儿租", "去哪租", "性价比", "网上买", "买什么", "买哪", "靠谱吗", "靠谱不", "靠不靠谱", "好用吗", "好用不", "好不好用",
        "recommend", "a good", "the best", "which brand", "brand", "brands", "where to buy", "where can i buy", "cheap", "cheapest", "should i buy", "sells", "sell", "buy",
    ];

    /// <summary>
    /// Cards named by another owner (a bank's wage card, the city's transit or senior card, the canteen's, the office's
    /// door card, a hospital's patient card, the library's): the member's card is the union's only when named as such or
    /// bare ("卡丢了").
    /// </summary>
    private static readonly string[] OthersCards =
    [
        "工资卡", "银行卡", "储蓄卡", "信用卡", "社保卡", "医保卡", "公交卡", "交通卡", "一卡通", "老年卡", "饭卡", "餐卡", "门禁卡", "工牌", "加油卡", "购物卡", "健身卡",
        "手机卡", "电话卡", "校园卡", "就诊卡", "京医通", "诊疗卡", "挂号卡", "借书证", "借书卡", "图书证", "读者证",
        "salary card", "payroll card", "wage card", "bank card", "debit card", "bus card", "metro card", "transit card", "canteen card", "company card",
        "access card", "access badge", "office badge", "gym card", "sim card", "patient card", "hospital card", "library card",
        "社保 card", "医保 card", "social security card", "social insurance card", "medical insurance card", // the public insurance card in English, its Chinese name kept
    ];

    /// <summary>A card's grade: a real word though jieba lacks it, so 金卡 is no slip of the union's 京卡 (<see cref="HomophoneCorrector.RealWord"/>).</summary>
    internal static readonly string[] CardGrades = ["金卡", "银卡", "铜卡", "白金卡", "黑金卡", "钻石卡", "黑卡"];

    /// <summary>
    /// A card's or a membership's grade (金卡, 白金卡, 钻石会员, gold member): the union's card has none, so what a grade
    /// gives or how to reach it (金卡有什么福利, 升到白金要多少积分, what perks does gold status get) is its owner's.
    /// </summary>
    private static readonly string[] Grades =
    [
        .. CardGrades, "金卡会员", "白金会员", "钻石会员", "黄金会员", "铂金会员",
        "gold card", "platinum card", "gold member", "gold members", "gold status", "platinum member", "platinum status", "diamond member", "elite status",
    ];

    private static readonly string[] GradesGain =
        ["福利", "权益", "特权", "待遇", "好处", "优惠", "升级", "升到", "等级", "怎么升", "积分", "年费", "perks", "benefits", "privileges", "upgrade", "lounge", "points", "annual fee"];

    /// <summary>Joining another organisation (入党, 入团, the writers' association): its application is not the union's (工会 named makes it ours).</summary>
    private static readonly string[] OthersMemberships =
    [
        "入党", "入团", "共青团", "预备党员", "作家协会", "作协",
        "join the party", "party member", "communist youth league",
    ];

    /// <summary>Places that hold events and classes of their own: a mall's sale, a neighbourhood's gala, a children's palace's class, a magazine's contest.</summary>
    private static readonly string[] Venues =
    [
        "商场", "超市", "大悦城", "购物中心", "万达", "合生汇", "小区", "社区", "居委会", "街道", "物业", "公园", "图书馆", "博物馆", "少年宫", "老年大学", "庙会",
        "杂志", "杂志社", "报社", "报纸", "电视台", "公众号", // media that run contests and calls of their own
        "magazine", "newspaper", "tv station",
        "mall", "supermarket", "shopping center", "shopping centre", "community center", "community centre", "neighborhood", "neighbourhood", "park", "library", "museum",
    ];

    /// <summary>What such a place holds.</summary>
    private static readonly string[] Events =
    [
        "活动", "演出", "晚会", "促销", "比赛", "大赛", "征稿", "投稿", "运动会", "招生", "兴趣班", "班", "课", "讲座", "event", "events", "activity", "activities", "class", "classes", "show", "fair", "sale",
        "contest", "competition",
        .. OpeningHours,
    ];

    /// <summary>Schools and universities, which have societies and contests of their own.</summary>
    private static readonly string[] Schools = ["学校", "大学", "高校", "校园", "学院", "中学", "school", "university", "college", "campus"];

    /// <summary>What a school holds for its pupils: societies and clubs, their recruiting, contests, sports days (not its classes, which a member's further study may be).</summary>
    private static readonly string[] SchoolEvents = ["社团", "俱乐部", "招新", "学生会", "兴趣小组", "大赛", "比赛", "运动会", "society", "societies", "club", "clubs", "contest", "competition", "science fair"];

    /// <summary>
    /// Other bodies called a union (a university's student union, a credit union, the European Union, UnionPay): the word
    /// names them, not the trade union, unless the member names the trade union beside them.
    /// </summary>
    private static readonly string[] OtherUnions =
        ["student union", "students union", "credit union", "european union", "soviet union", "unionpay", "union square", "union station"];

    /// <summary>Whether the message names another body called a union (a credit union, the students union).</summary>
    internal static bool NamesOtherUnion(string normalized) => Phrases.Contains(normalized, OtherUnions);

    /// <summary>The organisations and insurers named here, for whoever must read their Latin names as names (didi, taobao, pingan).</summary>
    internal static IEnumerable<string> Names => Owners.Concat(CommercialInsurance).Concat(OtherUnions);

    /// <summary>The good a food, a habit or a product does (health benefits of green tea, the benefits of fasting): not the union's benefits.</summary>
    private static readonly string[] BenefitsOf = ["benefits of", "benefit of", "health benefits", "health benefit", "benefits and side effects"];

    /// <summary>What makes "benefits of…" the union's after all: membership or joining asked about.</summary>
    private static readonly string[] MembersGain = ["member", "members", "membership", "joining", "join"];

    /// <summary>A film's showing (a screening of the new film): the cinema's, not the union's cancer screening.</summary>
    private static readonly string[] Showing = ["screening", "screenings", "premiere", "showing"];

    private static readonly string[] Films = ["movie", "movies", "film", "films", "cinema", "documentary"];

    /// <summary>A programme or a recording (节目, 视频, 回放): a broadcaster's or a site's, whatever topic it shows.</summary>
    private static readonly string[] Media = ["节目", "视频", "录像", "回放", "电视", "春晚", "纪录片", "video", "videos", "tv"];

    /// <summary>Learning along with a recording or an online tutorial (跟着视频练, 视频教程): the video's, not the club's class.</summary>
    private static readonly string[] FollowingAlong = ["跟着视频", "看视频学", "视频教程", "教学视频", "网上教程", "网上的教程", "video tutorial", "youtube tutorial", "follow along video"];

    /// <summary>
    /// A patent or a trademark filed: the patent office's or an agent's (the union's innovation contest named beside it,
    /// <see cref="Contests"/>, keeps it ours; an employer named makes it a work matter).
    /// </summary>
    private static readonly string[] Filings = ["专利", "商标注册", "注册商标", "patent", "patents", "trademark"];

    private static readonly string[] Contests = ["竞赛", "比赛", "大赛", "评选", "contest", "competition"];

    /// <summary>
    /// Who holds a contest for its own ends: a tech firm or its developer programme, a shop's pet show, a beauty pageant,
    /// an e-sports tournament (华为的开发者创新大赛, 宠物店的萌宠大赛, how do i enter the esports tournament): the host's
    /// contest, not the union's labour, skills or innovation contests.
    /// </summary>
    private static readonly string[] ContestHosts =
    [
        "华为", "腾讯", "阿里", "百度", "小米", "字节", "微软", "谷歌", "开发者", "萌宠", "宠物", "选美", "电竞",
        "huawei", "tencent", "alibaba", "baidu", "xiaomi", "microsoft", "google", "developer", "developers", "pet", "pets", "beauty", "esports", "e sports",
    ];

    private static readonly string[] HostedContests = [.. Contests, "挑战赛", "黑客马拉松", "tournament", "hackathon", "challenge"];

    /// <summary>An employer's sales race (销售竞赛, 冲业绩, my company's sales contest): the sales department's target, not a skills contest.</summary>
    private static readonly string[] SalesContests = ["销售竞赛", "销售大赛", "销售比赛", "销售pk", "业绩pk", "业绩比赛", "业绩竞赛", "冲业绩", "sales contest", "sales competition", "sales challenge"];

    /// <summary>
    /// The income tax taken from pay (个税 on my salary): the tax office's and payroll's sum, also when the Chinese word stands
    /// in an English message, where its two characters would weigh less than "salary"; wages owed (<see cref="Owed"/>) keep it ours.
    /// </summary>
    private static readonly string[] Taxes = ["个税", "个人所得税", "income tax"];

    private static readonly string[] Owed = ["欠", "拖", "没发", "不发", "owe", "owes", "owed", "owing", "unpaid", "not paid", "hasn t paid", "hasnt paid", "didn t pay", "didnt pay"];

    /// <summary>When it airs or where to watch it (几点播, 哪能看, 重播).</summary>
    private static readonly string[] Watching =
    [
        "几点播", "啥时候播", "什么时候播", "播出", "重播", "回放", "哪能看", "在哪看", "哪里看", "哪儿看", "哪看", "在哪能看", "哪里能看", "哪个台", "什么台", "哪个频道",
        "where to watch", "where can i watch", "what channel", "when is it on", "replay",
    ];

    /// <summary>The union's own card, hotline or scheme named: then the question is ours whatever else it names.</summary>
    private static readonly string[] Ours = ["工会", "京卡", "会员服务卡", "12351", "互助", "职工之家", "union", "mutual aid", "workers home"];

    /// <summary>
    /// Public medical insurance: its claims are the hospital's and the insurance office's. What it leaves unpaid is the
    /// union's mutual aid, so a question about the rest (医保报完剩下的, 医保之外) is ours.
    /// </summary>
    private static readonly string[] PublicInsurance = ["医保", "新农合", "医疗保险", "medical insurance", "medicare"];

    /// <summary>
    /// Commercial insurance, by product or insurer: its policy, premium and claim are the insurer's (平安的重疾险, 泰康的医疗险,
    /// my AIA premium). In English the product is the illness with its cover ("critical illness insurance"); the illness
    /// alone is what the union's mutual aid covers. The union's mutual aid named beside it (互助, 工会) makes the question ours, as <see cref="Ours"/> does.
    /// </summary>
    private static readonly string[] CommercialInsurance =
    [
        "重疾险", "重大疾病险", "商业保险", "商业险", "商保", "意外险", "寿险", "年金险", "医疗险", "百万医疗", "好医保", "惠民保", "普惠健康保", "团险", "保单", "保费", "退保", "续保",
        "平安保险", "中国平安", "平安人寿", "平安的", "人寿", "国寿", "太平洋保险", "太保", "泰康", "友邦", "人保", "新华保险", "众安", "水滴保",
        "ping an", "pingan", "aia", "china life", "allianz", "axa", "prudential", "manulife", "insurer", "critical illness insurance", "critical illness cover", "critical illness policy", "life insurance", "insurance policy",
        "my policy", "premium", "premiums", "commercial insurance", "private insurance", "supplementary health insurance", "travel insurance", "accident insurance",
        "pet insurance", "phone insurance", "home insurance", "house insurance", "renters insurance", "contents insurance", "dental insurance", // a thing insured by a seller
    ];

    /// <summary>
    /// The public scheme's second layer for serious illness (大病保险, the city's 大病医保): its second reimbursement is the
    /// insurance office's, not what the union's mutual aid pays beyond 医保 (工会 or 互助 named makes it ours).
    /// </summary>
    private static readonly string[] PublicSeriousIllness = ["大病保险", "大病医保", "大病医疗保险", "居民大病", "大病二次报销", "serious illness insurance"];

    /// <summary>
    /// Social insurance paid by the member alone (灵活就业的社保, 自己交医保, a freelancer's pension): no employer is at fault, so
    /// paying it is the social insurance office's matter; an employer named (公司让我自己交社保) makes it a work dispute.
    /// </summary>
    private static readonly string[] SocialInsurance = ["社保", "医保", "养老保险", "医疗保险", "social insurance", "pension contributions"];

    private static readonly string[] PayingAlone =
        ["自己交", "自己缴", "个人交", "个人缴", "怎么自己", "灵活就业", "自由职业", "个体户", "self employed", "freelancer", "freelance", "by myself", "on my own"];

    private static readonly string[] Employer = ["公司", "单位", "老板", "企业", "厂", "雇主", "employer", "company", "boss"];

    /// <summary>
    /// The employer's own occasions (its annual party, team building, a department's dinner): HR's and the department's
    /// to organise and sign up for, not a union activity. Learning a dance or a song for one is the club's (<see cref="Practising"/>).
    /// </summary>
    private static readonly string[] EmployersOccasions = ["公司年会", "单位年会", "部门年会", "年会节目", "年会抽奖", "年会报名", "开年会", "团建", "公司聚餐", "部门聚餐", "annual party", "company party", "team building", "team outing"];

    private static readonly string[] Practising = ["俱乐部", "社团", "学", "练", "教", "club", "class", "lesson", "learn", "practice", "practise"];

    private static readonly string[] Beyond = ["之外", "以外", "报完", "报销完", "报销后", "报了以后", "剩下", "剩余", "自付", "自己掏", "自费", "再报", "二次报销", "beyond", "on top of", "the rest"];

    /// <summary>A club or activity named beside the gear ("网球俱乐部要自己买拍子吗"): a question about the club.</summary>
    private static readonly string[] Club = ["俱乐部", "社团", "协会", "活动", "课", "班", "队", "club", "class", "lesson", "session", "activity", "workshop"];

    /// <summary>How far apart (in characters) an owner and its service may stand: "健身房的会员卡", "订阅北京晚报", "cancel my gym membership".</summary>
    private const int HanReach = 6;
    private const int LatinReach = 24;

    /// <summary>A place and its event stand further apart, a time between them ("大悦城这周末有啥活动").</summary>
    private const int EventReach = 10;

    /// <summary>The other organisation or the gear the question is about, or null when it is not such a question.</summary>
    public static string? Find(string normalized)
    {
        if (Phrases.Find(normalized, OtherUnions) is { } union && !Phrases.Contains(normalized.Replace(union, " ", StringComparison.Ordinal), Ours))
        {
            return union;
        }

        if (Phrases.Contains(normalized, Ours))
        {
            return null;
        }

        if (Phrases.Find(normalized, BenefitsOf) is { } benefits && !Phrases.Contains(normalized, MembersGain))
        {
            return benefits;
        }

        if (Phrases.Find(normalized, Films) is { } film && Phrases.Contains(normalized, Showing))
        {
            return film;
        }

        if (Phrases.Find(normalized, Gear) is { } gear && !Phrases.Contains(normalized, Club)
            && (Phrases.Contains(normalized, Buying) || (!Apps.Contains(gear) && (Phrases.Contains(normalized, Choosing) || Phrases.Contains(normalized, GearItself) || Phrases.Contains(normalized, Price)))))
        {
            return gear;
        }

        // 送温暖的节目几点播, 太极拳比赛视频哪能看: the show airs or the video is watched, not the topic it shows (the club's own recordings stay the club's)
        if (!Phrases.Contains(normalized, Club) && (Phrases.Find(normalized, FollowingAlong) ?? (Phrases.Find(normalized, Media) is { } media && Phrases.Contains(normalized, Watching) ? media : null)) is { } shown)
        {
            return shown;
        }

        if (Phrases.Find(normalized, Taxes) is { } tax && !Phrases.Contains(normalized, Owed))
        {
            return tax;
        }

        if (Phrases.Find(normalized, Filings) is { } filing && !Phrases.Contains(normalized, Employer) && !Phrases.Contains(normalized, Contests))
        {
            return filing;
        }

        if (Phrases.Find(normalized, Photos) is { } photos && Phrases.Contains(normalized, FileHandling) && !Phrases.Contains(normalized, Club))
        {
            return photos;
        }

        if (ChoosingABusiness(normalized) is { } choice)
        {
            return choice;
        }

        if (Phrases.Find(normalized, PublicSeriousIllness) is { } seriousIllness)
        {
            return seriousIllness;
        }

        if (Phrases.Find(normalized, SocialInsurance) is { } paid && Phrases.Contains(normalized, PayingAlone) && !Phrases.Contains(normalized, Employer))
        {
            return paid;
        }

        if (Phrases.Find(normalized, PublicInsurance) is { } insurance && !Phrases.Contains(normalized, Beyond))
        {
            return insurance;
        }

        if (Phrases.Find(normalized, CommercialInsurance) is { } policy)
        {
            return policy;
        }

        if (Phrases.Find(normalized, EmployersOccasions) is { } occasion && !Phrases.Contains(normalized, Practising))
        {
            return occasion;
        }

        if (Phrases.Find(normalized, OthersMemberships) is { } membership)
        {
            return membership;
        }

        if (Phrases.Find(normalized, Grades) is { } grade && Phrases.Contains(normalized, GradesGain))
        {
            return grade;
        }

        if (Phrases.Find(normalized, OthersCards) is { } card)
        {
            return card;
        }

        if (VenueOfEvent(normalized) is { } venue)
        {
            return venue;
        }

        if (Phrases.Find(normalized, SellingClubs) is { } sellingClub)
        {
            return sellingClub;
        }

        if ((Phrases.Find(normalized, SalesContests) ?? HostOfContest(normalized)) is { } host)
        {
            return host;
        }

        foreach (var owner in Owners)
        {
            var at = Phrases.IndexOf(normalized, owner);
            if (at >= 0 && ServiceNear(normalized, at, owner))
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>An organisation not the union's named anywhere in the message (医院, 银行, 快递), or null.</summary>
    public static string? OwnerIn(string normalized) => Phrases.Contains(normalized, Ours) ? null : Owners.FirstOrDefault(owner => Phrases.IndexOf(normalized, owner) >= 0);

    /// <summary>
    /// 家 counts businesses: "哪家…好/便宜/靠谱" asks the member to choose among shops, schools or hospitals, which is a
    /// consumer's question whatever the business sells (驾校哪家好, 孩子的书法班哪家靠谱, 哪家医院的体检套餐划算). Where a
    /// service is done ("在哪家医院做") is not a choice, so an opinion word must follow.
    /// </summary>
    private static string? ChoosingABusiness(string normalized)
    {
        var at = normalized.IndexOf("哪家", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var after = normalized.AsSpan(at + 2, Math.Min(ChoiceReach, normalized.Length - at - 2));
        foreach (var opinion in Opinions)
        {
            if (after.IndexOf(opinion, StringComparison.Ordinal) >= 0)
            {
                return "哪家";
            }
        }

        return null;
    }

    /// <summary>Words judging a business, within <see cref="ChoiceReach"/> characters after 哪家.</summary>
    private static readonly string[] Opinions = ["好", "便宜", "划算", "靠谱", "实惠", "性价比", "专业", "正规", "强", "值"];

    private const int ChoiceReach = 8;

    /// <summary>A place not the union's named beside the event or class asked about ("商场这周末有啥活动", "events at the mall"), or null.</summary>
    public static string? VenueOfEvent(string normalized) =>
        Phrases.Contains(normalized, Ours) ? null
        : Phrases.Find(normalized, Venues) is { } venue && Near(normalized, Phrases.IndexOf(normalized, venue), venue, Events, EventReach) ? venue
        : SchoolsOwn(normalized);

    /// <summary>A school named beside its own society, club or contest ("the school chess club", "学校的运动会"), or null.</summary>
    public static string? SchoolsOwn(string normalized) =>
        !Phrases.Contains(normalized, Ours) && Phrases.Find(normalized, Schools) is { } school && Near(normalized, Phrases.IndexOf(normalized, school), school, SchoolEvents, EventReach)
            ? school : null;

    /// <summary>
    /// A name in Latin letters that no entry knows, followed closely by a service in a Chinese question ("我在Costco办的
    /// 会员卡", "WeChat账号被封了"): a shop, app or brand the member names, so the card or account is that owner's.
    /// </summary>
    public static string? Named(string normalized, IEnumerable<string> unknownNames)
    {
        if (Phrases.Contains(normalized, Ours))
        {
            return null;
        }

        foreach (var name in unknownNames)
        {
            var at = Phrases.IndexOf(normalized, name);
            var end = at + name.Length;
            var after = at < 0 ? string.Empty : normalized[end..Math.Min(normalized.Length, end + HanReach)];
            if (Services.Any(service => TextNormalizer.IsHan(service[0]) && after.Contains(service, StringComparison.Ordinal)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A contest's host (<see cref="ContestHosts"/>) named within reach of the contest, or null.</summary>
    private static string? HostOfContest(string normalized) =>
        Phrases.Find(normalized, ContestHosts) is { } host && Near(normalized, Phrases.IndexOf(normalized, host), host, HostedContests, EventReach) ? host : null;

    private static bool ServiceNear(string normalized, int at, string owner) => Near(normalized, at, owner, Services, HanReach);

    /// <summary>One of <paramref name="words"/> within reach of the owner at <paramref name="at"/>, before or after it.</summary>
    private static bool Near(string normalized, int at, string owner, string[] words, int hanReach)
    {
        var reach = TextNormalizer.IsHan(owner[0]) ? hanReach : LatinReach;
        var from = Math.Max(0, at - reach);
        var window = normalized[from..Math.Min(normalized.Length, at + owner.Length + reach)];
        foreach (var service in words)
        {
            var found = Phrases.IndexOf(window, service);
            if (found >= 0 && (found + from < at || found + from >= at + owner.Length))
            {
                return true;
            }
        }

        return false;
    }
}
