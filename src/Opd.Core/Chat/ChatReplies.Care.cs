namespace Opd.Core.Chat;

/// <summary>What the assistant says about danger signs, departments the clinic lacks, opening hours and a numbered token's place.</summary>
internal static partial class ChatReplies
{
    private static readonly Dictionary<string, (string En, string Hi, string Or)> Care = new()
    {
        ["danger"] = ("This may be an emergency. Please come to the Emergency department now (open 24 hours) or call 108 for an ambulance. Do not wait for an OPD token.",
            "यह आपातकाल हो सकता है। कृपया अभी आपातकालीन विभाग आएँ (24 घंटे खुला) या एम्बुलेंस के लिए 108 पर कॉल करें। ओपीडी टोकन का इंतज़ार न करें।",
            "ଏହା ଜରୁରୀକାଳୀନ ହୋଇପାରେ। ଦୟାକରି ଏବେ ଜରୁରୀକାଳୀନ ବିଭାଗକୁ ଆସନ୍ତୁ (୨୪ ଘଣ୍ଟା ଖୋଲା) କିମ୍ବା ଆମ୍ବୁଲାନ୍ସ ପାଇଁ 108 କୁ ଫୋନ୍ କରନ୍ତୁ। ଓପିଡି ଟୋକେନ୍ ପାଇଁ ଅପେକ୍ଷା କରନ୍ତୁ ନାହିଁ।"),
        ["missing"] = ("This clinic has no {0} department. The closest is {1}: shall I book a token there? (yes/no)",
            "इस अस्पताल में {0} विभाग नहीं है। सबसे नज़दीकी {1} है: क्या वहाँ टोकन बुक करूँ? (हाँ/नहीं)",
            "ଏହି ହସ୍ପିଟାଲରେ {0} ବିଭାଗ ନାହିଁ। ସବୁଠୁ ନିକଟ {1}: ସେଠାରେ ଟୋକେନ୍ ବୁକ୍ କରିବି କି? (ହଁ/ନା)"),
        ["missing_declined"] = ("All right, nothing was booked. For {0} care the district hospital can help; ask me for anything else.",
            "ठीक है, कुछ बुक नहीं हुआ। {0} के इलाज के लिए ज़िला अस्पताल मदद कर सकता है; और कुछ पूछना हो तो बताइए।",
            "ଠିକ୍ ଅଛି, କିଛି ବୁକ୍ ହେଲା ନାହିଁ। {0} ଚିକିତ୍ସା ପାଇଁ ଜିଲ୍ଲା ହସ୍ପିଟାଲ ସାହାଯ୍ୟ କରିପାରିବ; ଆଉ କିଛି ଦରକାର ହେଲେ କହନ୍ତୁ।"),
        ["hours_on"] = ("Opening hours on {0}: {1}.", "{0} को खुलने का समय: {1}।", "{0} ରେ ଖୋଲିବା ସମୟ: {1}।"),
        ["hours_holiday"] = ("The clinic is closed on {0} ({1}). ", "{0} को अस्पताल बंद है ({1})। ", "{0} ରେ ହସ୍ପିଟାଲ ବନ୍ଦ ({1})। "),
        ["hours_week"] = (" {0} is open {1}.", " {0} खुलता है: {1}।", " {0} ଖୋଲା: {1}।"),
        ["hours_emergency"] = (" Emergency is open 24 hours; in danger call 108.", " आपातकालीन विभाग 24 घंटे खुला है; ख़तरे में 108 पर कॉल करें।",
            " ଜରୁରୀକାଳୀନ ବିଭାଗ ୨୪ ଘଣ୍ଟା ଖୋଲା; ବିପଦରେ 108 କୁ ଫୋନ୍ କରନ୍ତୁ।"),
        ["closed"] = ("closed", "बंद", "ବନ୍ଦ"),
        ["opd"] = ("OPD", "ओपीडी", "ଓପିଡି"),
        ["ask_queue_department"] = ("In which department is token {0}?", "टोकन {0} किस विभाग में है?", "ଟୋକେନ୍ {0} କେଉଁ ବିଭାଗରେ?"),
        ["number_not_found"] = ("There is no token {0} in {1} today.", "आज {1} में टोकन {0} नहीं है।", "ଆଜି {1}ରେ ଟୋକେନ୍ {0} ନାହିଁ।"),
        ["number_waiting"] = ("Token {0} in {1}: now serving {2}; {3} patients before you; expected to be called around {4}.",
            "टोकन {0}, {1}: अभी {2} चल रहा है; आपसे पहले {3} मरीज़; लगभग {4} बजे बुलाया जाएगा।",
            "ଟୋକେନ୍ {0}, {1}: ବର୍ତ୍ତମାନ {2} ଚାଲିଛି; ଆପଣଙ୍କ ଆଗରେ {3} ଜଣ ରୋଗୀ; ପ୍ରାୟ {4}ରେ ଡକାଯିବ।"),
        ["number_in_room"] = ("Token {0} in {1}: it is your turn now, please go to {2}.", "टोकन {0}, {1}: अभी आपकी बारी है, कृपया {2} में जाएँ।",
            "ଟୋକେନ୍ {0}, {1}: ଏବେ ଆପଣଙ୍କ ପାଳି, ଦୟାକରି {2}କୁ ଯାଆନ୍ତୁ।"),
        ["number_done"] = ("Token {0} in {1} today is {2}.", "आज {1} में टोकन {0}: {2}।", "ଆଜି {1}ରେ ଟୋକେନ୍ {0}: {2}।"),
        ["nobody"] = ("nobody yet", "अभी कोई नहीं", "ଏପର୍ଯ୍ୟନ୍ତ କେହି ନାହିଁ"),
    };
}
