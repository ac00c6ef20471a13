namespace EngageBot.Features.SignUps;

/// <summary>The union's clubs and a first activity for each, for a fresh install (names match the knowledge base).</summary>
public static class SampleClubs
{
    public static readonly IReadOnlyList<ClubRecord> All =
    [
        new("chess", "棋牌俱乐部", "Chess & Cards Club", "象棋、围棋、桥牌，新手有老会员带。", "Chinese chess, Go and bridge; old hands teach newcomers.",
            "每周三 18:30–20:30", "职工之家 2 楼棋牌室", "工会文体部", true),
        new("yoga", "瑜伽俱乐部", "Yoga Club", "专业老师带练，舒缓颈肩腰背，零基础可参加。", "Led by a qualified teacher; eases neck and back; beginners welcome.",
            "每周六 09:30–11:00", "职工之家 3 楼活动室", "工会文体部", true),
        new("calligraphy", "书画俱乐部", "Calligraphy & Painting Club", "书法、国画交流与指导，提供笔墨纸砚。", "Calligraphy and Chinese painting with guidance; brushes and paper provided.",
            "每周二 14:00–16:00", "职工之家 4 楼书画室", "工会文体部", true),
        new("photography", "摄影俱乐部", "Photography Club", "摄影讲座与外拍活动，手机相机都可以。", "Talks and photo walks; phones and cameras both welcome.",
            "每月第二个周日", "集合地点见活动通知", "工会文体部", true),
        new("taichi", "太极拳俱乐部", "Tai Chi Club", "二十四式太极拳教学与晨练。", "24-form tai chi lessons and morning practice.",
            "每周一、周四 07:00–08:00", "职工之家广场", "工会文体部", true),
        new("tennis", "网球俱乐部", "Tennis Club", "教练指导与会员对练，球拍可借用。", "Coaching and friendly matches; rackets can be borrowed.",
            "每周日 15:00–17:00", "职工体育中心网球场", "工会文体部", true),
        new("aerobics", "健身操舞俱乐部", "Aerobics & Dance Club", "健身操、广场舞、排舞，强身健体。", "Aerobics, square dance and line dance to keep fit.",
            "每周四 19:00–20:30", "职工之家 1 楼多功能厅", "工会文体部", true),
        new("crafts", "非遗手工俱乐部", "Intangible Heritage Crafts Club", "剪纸、面塑、景泰蓝等非遗手工体验。", "Paper-cutting, dough figurines, cloisonné and other heritage crafts.",
            "每月两次周六下午", "职工之家 4 楼手工室", "工会文体部", true),
    ];

    public static readonly IReadOnlyList<SampleActivity> Activities =
    [
        new("yoga", "周末瑜伽课", "Weekend yoga class", DayOfWeek.Saturday, new TimeSpan(9, 30, 0), TimeSpan.FromMinutes(90), "职工之家 3 楼活动室", 20),
        new("chess", "象棋友谊赛", "Chinese chess friendly tournament", DayOfWeek.Wednesday, new TimeSpan(18, 30, 0), TimeSpan.FromHours(2), "职工之家 2 楼棋牌室", 24),
        new("calligraphy", "书法入门课", "Calligraphy for beginners", DayOfWeek.Tuesday, new TimeSpan(14, 0, 0), TimeSpan.FromHours(2), "职工之家 4 楼书画室", 15),
        new("photography", "公园外拍活动", "Photo walk in the park", DayOfWeek.Sunday, new TimeSpan(9, 0, 0), TimeSpan.FromHours(3), "朝阳公园南门集合", 30),
        new("taichi", "太极拳晨练", "Morning tai chi", DayOfWeek.Thursday, new TimeSpan(7, 0, 0), TimeSpan.FromHours(1), "职工之家广场", 40),
        new("tennis", "网球教学体验", "Tennis taster session", DayOfWeek.Sunday, new TimeSpan(15, 0, 0), TimeSpan.FromHours(2), "职工体育中心网球场", 12),
        new("aerobics", "健身操舞晚练", "Evening aerobics & dance", DayOfWeek.Thursday, new TimeSpan(19, 0, 0), TimeSpan.FromMinutes(90), "职工之家 1 楼多功能厅", 30),
        new("crafts", "剪纸体验课", "Paper-cutting workshop", DayOfWeek.Saturday, new TimeSpan(14, 0, 0), TimeSpan.FromHours(2), "职工之家 4 楼手工室", 16),
    ];
}
