namespace EngageBot.Features.Tests.Channels.Tencent;

/// <summary>
/// Sample values Tencent publishes. WeCom: 加解密方案说明 (developer.work.weixin.qq.com/document/path/90968) and its
/// sample code (URL check and the "hello" message). WeChat 公众号: 消息加解密说明 / 接入指引 (plain-mode signature) and the
/// 公众号 sample code (cryptoDemo: token "spamtest", AppID wx2c2769f8efd9abc2).
/// </summary>
internal static class OfficialVectors
{
    public const string WeComToken = "QDG6eK";
    public const string WeComAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const string WeComCorpId = "wx5823bf96d3bd56c7";

    public const string VerifySignature = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
    public const string VerifyTimestamp = "1409659589";
    public const string VerifyNonce = "263014780";
    public const string VerifyEchoStr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
    public const string VerifyEchoPlain = "1616140317555161061";

    public const string MessageSignature = "477715d11cdb4164915debcba66cb864d751f3e6";
    public const string MessageTimestamp = "1409659813";
    public const string MessageNonce = "1372623149";
    public const string MessageEncrypt =
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvu" +
        "JTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwG" +
        "c2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9" +
        "EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0" +
        "lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    public const string MessagePlain =
        "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n" +
        "<FromUserName><![CDATA[mycreate]]></FromUserName>\n" +
        "<CreateTime>1409659813</CreateTime>\n" +
        "<MsgType><![CDATA[text]]></MsgType>\n" +
        "<Content><![CDATA[hello]]></Content>\n" +
        "<MsgId>4561255354251345929</MsgId>\n" +
        "<AgentID>218</AgentID>\n" +
        "</xml>";

    public const string WeChatPlainToken = "AAAAA";
    public const string WeChatPlainTimestamp = "1714037059";
    public const string WeChatPlainNonce = "486452656";
    public const string WeChatPlainSignature = "899cf89e464efb63f54ddac96b0a0a235f53aa78";

    public const string WeChatToken = "spamtest";
    public const string WeChatAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string WeChatAppId = "wx2c2769f8efd9abc2";
    public const string WeChatTimestamp = "1409735669";
    public const string WeChatNonce = "1320562132";
    public const string WeChatMsgSignature = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
    public const string WeChatEncrypt =
        "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrX" +
        "pbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzj" +
        "lpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI" +
        "1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";
}
