namespace Opd.Core.Chat;

/// <summary>Everything the assistant says, in the language the patient writes in.</summary>
internal static partial class ChatReplies
{
    private static readonly Dictionary<string, (string En, string Hi, string Or)> All = new()
    {
        ["greeting"] = ("Hello! I can book an OPD token, check or cancel one, tell you who is being served and the free times, and give hospital information. What would you like to do?",
            "नमस्ते! मैं ओपीडी टोकन बुक कर सकता हूँ, टोकन की स्थिति देख या रद्द कर सकता हूँ, अभी कौन सा नंबर चल रहा है और खाली समय बता सकता हूँ, और अस्पताल की जानकारी दे सकता हूँ। आप क्या करना चाहेंगे?",
            "ନମସ୍କାର! ମୁଁ ଓପିଡି ଟୋକେନ୍ ବୁକ୍ କରିପାରେ, ଟୋକେନ୍ ସ୍ଥିତି ଦେଖିପାରେ କିମ୍ବା ବାତିଲ୍ କରିପାରେ, ବର୍ତ୍ତମାନ କେଉଁ ନମ୍ବର ଚାଲିଛି ଓ ଖାଲି ସମୟ କହିପାରେ, ଏବଂ ହସ୍ପିଟାଲ ବିଷୟରେ ସୂଚନା ଦେଇପାରେ। ଆପଣ କ'ଣ କରିବାକୁ ଚାହାଁନ୍ତି?"),
        ["help"] = ("You can say, for example: \"Book a token for tomorrow at 10 in dental\", \"Status of token <token id>\", \"Cancel my token\", \"Who is Dr Mohapatra serving now?\", \"Free times in pediatrics on Friday\", \"Which departments are there?\", \"OPD hours\".",
            "आप ऐसे लिख सकते हैं: \"कल 10 बजे दांत के लिए टोकन बुक करो\", \"टोकन <टोकन आईडी> की स्थिति\", \"मेरा टोकन रद्द करो\", \"डॉक्टर का अभी कौन सा नंबर चल रहा है\", \"शुक्रवार को बच्चों के विभाग में खाली समय\", \"कौन से विभाग हैं\", \"ओपीडी का समय\"।",
            "ଆପଣ ଏପରି ଲେଖିପାରିବେ: \"କାଲି ୧୦ଟାରେ ଦାନ୍ତ ପାଇଁ ଟୋକେନ୍ ବୁକ୍ କରନ୍ତୁ\", \"ଟୋକେନ୍ <ଟୋକେନ୍ ଆଇଡି> ର ସ୍ଥିତି\", \"ମୋ ଟୋକେନ୍ ବାତିଲ କରନ୍ତୁ\", \"ବର୍ତ୍ତମାନ କେଉଁ ନମ୍ବର ଚାଲିଛି\", \"ଶୁକ୍ରବାର ଶିଶୁ ବିଭାଗରେ ଖାଲି ସମୟ\", \"କେଉଁ ବିଭାଗ ଅଛି\", \"ଓପିଡି ସମୟ\"।"),
        ["fallback"] = ("Sorry, I did not understand that. I can book, check or cancel a token, show free times and who is being served, or give hospital information.",
            "माफ़ कीजिए, मैं समझ नहीं पाया। मैं टोकन बुक, उसकी स्थिति या रद्द कर सकता हूँ, खाली समय और अभी का नंबर बता सकता हूँ, या अस्पताल की जानकारी दे सकता हूँ।",
            "କ୍ଷମା କରିବେ, ମୁଁ ବୁଝିପାରିଲି ନାହିଁ। ମୁଁ ଟୋକେନ୍ ବୁକ୍, ସ୍ଥିତି କିମ୍ବା ବାତିଲ୍ କରିପାରେ, ଖାଲି ସମୟ ଓ ବର୍ତ୍ତମାନର ନମ୍ବର କହିପାରେ, କିମ୍ବା ହସ୍ପିଟାଲ ସୂଚନା ଦେଇପାରେ।"),
        ["ask_name"] = ("Let us book a token. What is the patient's name?", "चलिए टोकन बुक करते हैं। मरीज़ का नाम क्या है?", "ଚାଲନ୍ତୁ ଟୋକେନ୍ ବୁକ୍ କରିବା। ରୋଗୀଙ୍କ ନାମ କ'ଣ?"),
        ["ask_age"] = ("How old is {0} (in years)?", "{0} की उम्र कितनी है (वर्ष में)?", "{0}ଙ୍କ ବୟସ କେତେ (ବର୍ଷରେ)?"),
        ["ask_phone"] = ("What is the mobile number (10 digits)?", "मोबाइल नंबर क्या है (10 अंक)?", "ମୋବାଇଲ୍ ନମ୍ବର କେତେ (୧୦ ଅଙ୍କ)?"),
        ["ask_symptoms"] = ("What is the problem? For example: fever, tooth pain, a child's cough.", "क्या परेशानी है? जैसे: बुखार, दांत दर्द, बच्चे की खांसी।", "କ'ଣ ସମସ୍ୟା? ଯେପରିକି: ଜ୍ୱର, ଦାନ୍ତ ବିନ୍ଧା, ପିଲାର କାଶ।"),
        ["ask_date"] = ("Which day would you like to come to {0}? Open days: {1}.", "आप {0} में किस दिन आना चाहेंगे? खुले दिन: {1}।", "ଆପଣ {0}କୁ କେଉଁ ଦିନ ଆସିବାକୁ ଚାହାଁନ୍ତି? ଖୋଲା ଦିନ: {1}।"),
        ["ask_time"] = ("What time on {0}? Free times: {1}.", "{0} को किस समय? खाली समय: {1}।", "{0} କେଉଁ ସମୟରେ? ଖାଲି ସମୟ: {1}।"),
        ["time_not_free"] = ("{0} is not open for booking on {1}. Free times: {2}.", "{1} को {0} बुकिंग के लिए खुला नहीं है। खाली समय: {2}।", "{1} ରେ {0} ବୁକିଂ ପାଇଁ ଖୋଲା ନାହିଁ। ଖାଲି ସମୟ: {2}।"),
        ["day_closed"] = ("{0} has no free time on {1}. Open days: {2}.", "{1} को {0} में कोई खाली समय नहीं है। खुले दिन: {2}।", "{1} ରେ {0}ରେ କୌଣସି ଖାଲି ସମୟ ନାହିଁ। ଖୋଲା ଦିନ: {2}।"),
        ["past_date"] = ("That day has already passed. Please choose today or a later day.", "वह दिन बीत चुका है। कृपया आज या आगे का दिन चुनें।", "ସେହି ଦିନ ବିତିଗଲାଣି। ଦୟାକରି ଆଜି କିମ୍ବା ପରର ଦିନ ବାଛନ୍ତୁ।"),
        ["too_far"] = ("Tokens can be booked at most {0} days ahead.", "टोकन अधिकतम {0} दिन आगे तक बुक हो सकते हैं।", "ଟୋକେନ୍ ବେଶିରେ ବେଶି {0} ଦିନ ଆଗରୁ ବୁକ୍ ହୋଇପାରିବ।"),
        ["confirm"] = ("Please check: {0}, {1} years, mobile {2}, {3}, {4} at {5}, problem: {6}. Shall I book it? (yes/no)",
            "कृपया जाँच लें: {0}, {1} वर्ष, मोबाइल {2}, {3}, {4} को {5} बजे, परेशानी: {6}। क्या मैं बुक कर दूँ? (हाँ/नहीं)",
            "ଦୟାକରି ଯାଞ୍ଚ କରନ୍ତୁ: {0}, {1} ବର୍ଷ, ମୋବାଇଲ୍ {2}, {3}, {4} {5}ରେ, ସମସ୍ୟା: {6}। ମୁଁ ବୁକ୍ କରିଦେବି କି? (ହଁ/ନା)"),
        ["booked"] = ("Booked! Token number {0} in {1} on {2} at {3}. Keep your token page: {4}", "बुक हो गया! टोकन नंबर {0}, {1}, {2} को {3} बजे। अपना टोकन पेज रखें: {4}",
            "ବୁକ୍ ହୋଇଗଲା! ଟୋକେନ୍ ନମ୍ବର {0}, {1}, {2} {3}ରେ। ଆପଣଙ୍କ ଟୋକେନ୍ ପୃଷ୍ଠା ରଖନ୍ତୁ: {4}"),
        ["not_booked"] = ("All right, nothing was booked. Tell me what to change, or say \"book\" to start again.", "ठीक है, कुछ बुक नहीं हुआ। बताइए क्या बदलना है, या फिर से शुरू करने के लिए \"बुक\" लिखें।",
            "ଠିକ୍ ଅଛି, କିଛି ବୁକ୍ ହେଲା ନାହିଁ। କ'ଣ ବଦଳାଇବା କହନ୍ତୁ, କିମ୍ବା ପୁଣି ଆରମ୍ଭ କରିବାକୁ \"ବୁକ୍\" ଲେଖନ୍ତୁ।"),
        ["book_full"] = ("That time has just filled up. Free times: {0}.", "वह समय अभी भर गया। खाली समय: {0}।", "ସେହି ସମୟ ଏବେ ପୂର୍ଣ୍ଣ ହୋଇଗଲା। ଖାଲି ସମୟ: {0}।"),
        ["book_duplicate"] = ("This mobile number already has a token that day. Check or cancel that one first.", "इस मोबाइल नंबर पर उस दिन पहले से एक टोकन है। पहले उसे देखें या रद्द करें।",
            "ଏହି ମୋବାଇଲ୍ ନମ୍ବରରେ ସେଦିନ ପୂର୍ବରୁ ଗୋଟିଏ ଟୋକେନ୍ ଅଛି। ପ୍ରଥମେ ତାହା ଦେଖନ୍ତୁ କିମ୍ବା ବାତିଲ୍ କରନ୍ତୁ।"),
        ["book_failed"] = ("I could not book it: {0}", "बुक नहीं हो सका: {0}", "ବୁକ୍ ହୋଇପାରିଲା ନାହିଁ: {0}"),
        ["bad_name"] = ("Please write just the patient's name (2 to 100 letters).", "कृपया केवल मरीज़ का नाम लिखें (2 से 100 अक्षर)।", "ଦୟାକରି କେବଳ ରୋଗୀଙ୍କ ନାମ ଲେଖନ୍ତୁ (୨ରୁ ୧୦୦ ଅକ୍ଷର)।"),
        ["bad_age"] = ("Please give the age as a number of years, for example 35.", "कृपया उम्र वर्षों में लिखें, जैसे 35।", "ଦୟାକରି ବୟସ ବର୍ଷରେ ଲେଖନ୍ତୁ, ଯେପରି 35।"),
        ["bad_phone"] = ("Please give a 10-digit Indian mobile number, for example 98765 43210.", "कृपया 10 अंकों का मोबाइल नंबर दें, जैसे 98765 43210।", "ଦୟାକରି ୧୦ ଅଙ୍କର ମୋବାଇଲ୍ ନମ୍ବର ଦିଅନ୍ତୁ, ଯେପରି 98765 43210।"),
        ["ask_token_id"] = ("Please give the token ID. It is the long code in your token page's link, like 3f2b8c1e-9a4d-….", "कृपया टोकन आईडी दें। यह आपके टोकन पेज के लिंक में लंबा कोड है, जैसे 3f2b8c1e-9a4d-….",
            "ଦୟାକରି ଟୋକେନ୍ ଆଇଡି ଦିଅନ୍ତୁ। ଏହା ଆପଣଙ୍କ ଟୋକେନ୍ ପୃଷ୍ଠାର ଲିଙ୍କ୍‌ରେ ଥିବା ଲମ୍ବା କୋଡ୍, ଯେପରି 3f2b8c1e-9a4d-…।"),
        ["token_not_found"] = ("I could not find a token with that ID.", "उस आईडी का कोई टोकन नहीं मिला।", "ସେହି ଆଇଡିର କୌଣସି ଟୋକେନ୍ ମିଳିଲା ନାହିଁ।"),
        ["status"] = ("Token {0} in {1} on {2} at {3}: {4}.", "टोकन {0}, {1}, {2} को {3} बजे: {4}।", "ଟୋକେନ୍ {0}, {1}, {2} {3}ରେ: {4}।"),
        ["status_waiting"] = (" {0} patients before you; expected to be called around {1}. Now serving: {2}.", " आपसे पहले {0} मरीज़; लगभग {1} बजे बुलाया जाएगा। अभी: {2}।",
            " ଆପଣଙ୍କ ଆଗରେ {0} ଜଣ ରୋଗୀ; ପ୍ରାୟ {1}ରେ ଡକାଯିବ। ବର୍ତ୍ତମାନ: {2}।"),
        ["status_in_room"] = (" It is your turn now: please go to {0}.", " अभी आपकी बारी है: कृपया {0} में जाएँ।", " ଏବେ ଆପଣଙ୍କ ପାଳି: ଦୟାକରି {0}କୁ ଯାଆନ୍ତୁ।"),
        ["cancel_confirm"] = ("Cancel token {0} in {1} on {2}? (yes/no)", "क्या टोकन {0} ({1}, {2}) रद्द करें? (हाँ/नहीं)", "ଟୋକେନ୍ {0} ({1}, {2}) ବାତିଲ୍ କରିବି କି? (ହଁ/ନା)"),
        ["cancelled"] = ("Token {0} is cancelled.", "टोकन {0} रद्द हो गया।", "ଟୋକେନ୍ {0} ବାତିଲ୍ ହେଲା।"),
        ["not_cancelled"] = ("All right, the token stays as it is.", "ठीक है, टोकन जैसा है वैसा रहेगा।", "ଠିକ୍ ଅଛି, ଟୋକେନ୍ ଯେମିତି ଅଛି ସେମିତି ରହିବ।"),
        ["cannot_cancel"] = ("Token {0} is {1} and cannot be cancelled.", "टोकन {0} {1} है, इसे रद्द नहीं किया जा सकता।", "ଟୋକେନ୍ {0} {1}, ଏହାକୁ ବାତିଲ୍ କରାଯାଇପାରିବ ନାହିଁ।"),
        ["one_at_a_time"] = ("I can only cancel one token at a time, and only with its token ID. Nothing was changed.", "मैं एक बार में केवल एक टोकन, उसकी टोकन आईडी से ही रद्द कर सकता हूँ। कुछ नहीं बदला गया।",
            "ମୁଁ ଥରକେ କେବଳ ଗୋଟିଏ ଟୋକେନ୍, ତାହାର ଟୋକେନ୍ ଆଇଡି ସହିତ ହିଁ ବାତିଲ୍ କରିପାରେ। କିଛି ବଦଳିଲା ନାହିଁ।"),
        ["ask_phone_bookings"] = ("Which mobile number did you book with?", "आपने किस मोबाइल नंबर से बुक किया था?", "ଆପଣ କେଉଁ ମୋବାଇଲ୍ ନମ୍ବରରେ ବୁକ୍ କରିଥିଲେ?"),
        ["my_bookings"] = ("Active tokens for {0}: {1}.", "{0} के सक्रिय टोकन: {1}।", "{0} ର ସକ୍ରିୟ ଟୋକେନ୍: {1}।"),
        ["no_bookings"] = ("There are no active tokens for {0}.", "{0} के लिए कोई सक्रिय टोकन नहीं है।", "{0} ପାଇଁ କୌଣସି ସକ୍ରିୟ ଟୋକେନ୍ ନାହିଁ।"),
        ["code_sent"] = ("To keep your bookings private, I have sent a 6-digit code by SMS to {0}. Please write the code here.",
            "आपकी बुकिंग निजी रखने के लिए मैंने {0} पर SMS से 6 अंकों का कोड भेजा है। कृपया वह कोड यहाँ लिखें।",
            "ଆପଣଙ୍କ ବୁକିଂ ଗୋପନ ରଖିବା ପାଇଁ ମୁଁ {0} କୁ SMS ରେ ୬ ଅଙ୍କର କୋଡ୍ ପଠାଇଛି। ଦୟାକରି ସେହି କୋଡ୍ ଏଠାରେ ଲେଖନ୍ତୁ।"),
        ["code_recent"] = ("A code was sent to {0} a short while ago. Please write that code here.", "{0} पर थोड़ी देर पहले कोड भेजा गया है। कृपया वही कोड यहाँ लिखें।",
            "{0} କୁ କିଛି ସମୟ ପୂର୍ବରୁ କୋଡ୍ ପଠାଯାଇଛି। ଦୟାକରି ସେହି କୋଡ୍ ଏଠାରେ ଲେଖନ୍ତୁ।"),
        ["code_wrong"] = ("That code is not right. Please check the SMS and write the 6 digits again.", "वह कोड सही नहीं है। कृपया SMS देखकर 6 अंक फिर से लिखें।",
            "ସେହି କୋଡ୍ ଠିକ୍ ନୁହେଁ। ଦୟାକରି SMS ଦେଖି ୬ ଅଙ୍କ ପୁଣି ଲେଖନ୍ତୁ।"),
        ["code_dead"] = ("That code is no longer valid. Give your mobile number again and I will send a new one.", "वह कोड अब मान्य नहीं है। अपना मोबाइल नंबर फिर से दें, मैं नया कोड भेजूँगा।",
            "ସେହି କୋଡ୍ ଆଉ ବୈଧ ନୁହେଁ। ଆପଣଙ୍କ ମୋବାଇଲ୍ ନମ୍ବର ପୁଣି ଦିଅନ୍ତୁ, ମୁଁ ନୂଆ କୋଡ୍ ପଠାଇବି।"),
        ["departments"] = ("Departments: {0}.", "विभाग: {0}।", "ବିଭାଗ: {0}।"),
        ["doctors"] = ("{0} on {1}: {2}.", "{1} को {0}: {2}।", "{1} ରେ {0}: {2}।"),
        ["doctor_slots"] = ("{0}, free times {1}", "{0}, खाली समय {1}", "{0}, ଖାଲି ସମୟ {1}"),
        ["department_times"] = ("department tokens at {0}", "विभाग टोकन {0}", "ବିଭାଗ ଟୋକେନ୍ {0}"),
        ["nothing_free"] = ("nothing free", "कोई खाली समय नहीं", "କିଛି ଖାଲି ନାହିଁ"),
        ["serving"] = ("{0} is now serving token {1}.", "{0} अभी टोकन {1} देख रहे हैं।", "{0} ବର୍ତ୍ତମାନ ଟୋକେନ୍ {1} ଦେଖୁଛନ୍ତି।"),
        ["not_serving"] = ("{0} is not seeing anyone right now.", "{0} अभी किसी को नहीं देख रहे हैं।", "{0} ବର୍ତ୍ତମାନ କାହାକୁ ଦେଖୁନାହାଁନ୍ତି।"),
        ["ask_doctor"] = ("Which doctor? {0}. Or give your token ID to see your place in the queue.", "कौन से डॉक्टर? {0}। या कतार में अपनी जगह देखने के लिए टोकन आईडी दें।",
            "କେଉଁ ଡାକ୍ତର? {0}। କିମ୍ବା ଧାଡ଼ିରେ ଆପଣଙ୍କ ସ୍ଥାନ ଦେଖିବାକୁ ଟୋକେନ୍ ଆଇଡି ଦିଅନ୍ତୁ।"),
        ["info"] = ("{0}, {1}. OPD hours today: {2}. {3}. Helpline: {4}. {5}", "{0}, {1}। आज ओपीडी समय: {2}। {3}। हेल्पलाइन: {4}। {5}", "{0}, {1}। ଆଜି ଓପିଡି ସମୟ: {2}। {3}। ହେଲ୍ପଲାଇନ୍: {4}। {5}"),
    };

    public static string Say(ChatLanguage language, string key, params object?[] args)
    {
        var (en, hi, or) = All.TryGetValue(key, out var said) ? said : Care[key];
        var template = language switch { ChatLanguage.Hi => hi, ChatLanguage.Or => or, _ => en };
        return args.Length == 0 ? template : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
    }
}
