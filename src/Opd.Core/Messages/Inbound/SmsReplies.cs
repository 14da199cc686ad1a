using System.Globalization;
using Opd.Core.Chat;

namespace Opd.Core.Messages.Inbound;

/// <summary>What the short commands answer, short enough for one or two SMS parts.</summary>
internal static class SmsReplies
{
    private static readonly Dictionary<string, (string En, string Hi, string Or)> All = new()
    {
        ["status_none"] = ("No upcoming OPD token for this mobile. To book, reply BOOK and the department and day, e.g. BOOK CARDIO TOMORROW.",
            "इस मोबाइल पर कोई आगामी ओपीडी टोकन नहीं है। बुक करने के लिए लिखें: बुक दांत कल",
            "ଏହି ମୋବାଇଲ୍‌ରେ କୌଣସି ଆଗାମୀ ଓପିଡି ଟୋକେନ୍ ନାହିଁ। ବୁକ୍ କରିବାକୁ ଲେଖନ୍ତୁ: ବୁକ୍ ଦାନ୍ତ କାଲି"),
        ["status_line"] = ("Token {0}, {1}, {2} {3}", "टोकन {0}, {1}, {2} {3}", "ଟୋକେନ୍ {0}, {1}, {2} {3}"),
        ["status_waiting"] = (": {0} before you, about {1}", ": आपसे पहले {0}, लगभग {1}", ": ଆପଣଙ୍କ ଆଗରେ {0}, ପ୍ରାୟ {1}"),
        ["status_in_room"] = (": your turn now", ": अभी आपकी बारी", ": ଏବେ ଆପଣଙ୍କ ପାଳି"),
        ["cancel_which"] = ("Reply CANCEL and the token number, e.g. CANCEL 23.", "टोकन नंबर के साथ लिखें, जैसे: रद्द 23", "ଟୋକେନ୍ ନମ୍ବର ସହ ଲେଖନ୍ତୁ, ଯେପରି: ବାତିଲ୍ 23"),
        ["cancel_none"] = ("This mobile has no upcoming token number {0}. Reply STATUS to see your tokens.",
            "इस मोबाइल पर टोकन नंबर {0} नहीं है। अपने टोकन देखने के लिए स्थिति लिखें।",
            "ଏହି ମୋବାଇଲ୍‌ରେ ଟୋକେନ୍ ନମ୍ବର {0} ନାହିଁ। ଆପଣଙ୍କ ଟୋକେନ୍ ଦେଖିବାକୁ ସ୍ଥିତି ଲେଖନ୍ତୁ।"),
        ["cancelled"] = ("Token {0}, {1}, {2} is cancelled.", "टोकन {0}, {1}, {2} रद्द हो गया।", "ଟୋକେନ୍ {0}, {1}, {2} ବାତିଲ୍ ହେଲା।"),
        ["stopped"] = ("You will get no more OPD reminders. Reply START to have them again.",
            "अब आपको ओपीडी रिमाइंडर नहीं आएंगे। फिर से पाने के लिए चालू लिखें।",
            "ଆପଣଙ୍କୁ ଆଉ ଓପିଡି ସ୍ମାରକ ଆସିବ ନାହିଁ। ପୁଣି ପାଇବାକୁ ଆରମ୍ଭ ଲେଖନ୍ତୁ।"),
        ["started"] = ("OPD reminders are on again. Reply STOP to end them.", "ओपीडी रिमाइंडर फिर से चालू हैं। रोकने के लिए बंद लिखें।",
            "ଓପିଡି ସ୍ମାରକ ପୁଣି ଚାଲୁ ହେଲା। ବନ୍ଦ କରିବାକୁ ବନ୍ଦ ଲେଖନ୍ତୁ।"),
        ["no_day"] = ("{0} has no free time in the next days. Please call the hospital.", "{0} में आगे के दिनों में खाली समय नहीं है। कृपया अस्पताल से बात करें।",
            "{0}ରେ ଆଗାମୀ ଦିନରେ ଖାଲି ସମୟ ନାହିଁ। ଦୟାକରି ହସ୍ପିଟାଲକୁ ଫୋନ୍ କରନ୍ତୁ।"),
        ["day_full"] = ("{0} has no free time on {1}. Open days: {2}. Reply BOOK with one of them.",
            "{1} को {0} में खाली समय नहीं है। खुले दिन: {2}।", "{1} ରେ {0}ରେ ଖାଲି ସମୟ ନାହିଁ। ଖୋଲା ଦିନ: {2}।"),
        ["book_duplicate"] = ("This mobile already has a token that day. Reply STATUS to see it.", "इस मोबाइल पर उस दिन पहले से टोकन है। देखने के लिए स्थिति लिखें।",
            "ଏହି ମୋବାଇଲ୍‌ରେ ସେଦିନ ପୂର୍ବରୁ ଟୋକେନ୍ ଅଛି। ଦେଖିବାକୁ ସ୍ଥିତି ଲେଖନ୍ତୁ।"),
        ["book_failed"] = ("Could not book: {0}", "बुक नहीं हो सका: {0}", "ବୁକ୍ ହୋଇପାରିଲା ନାହିଁ: {0}"),
    };

    public static string Say(ChatLanguage language, string key, params object?[] args)
    {
        var (en, hi, or) = All[key];
        var template = language switch { ChatLanguage.Hi => hi, ChatLanguage.Or => or, _ => en };
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
