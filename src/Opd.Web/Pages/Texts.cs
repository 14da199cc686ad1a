using Opd.Web.Infrastructure;

namespace Opd.Web.Pages;

/// <summary>
/// Every word the patient pages and the board show, in English, Odia and Hindi. A page asks for a
/// key; a test checks that each key has all three.
/// </summary>
public static class Texts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Or, string Hi)> All = new Dictionary<string, (string, string, string)>
    {
        ["app_title"] = ("OPD tokens", "ଓପିଡି ଟୋକେନ୍", "ओपीडी टोकन"),
        ["book_token"] = ("Book a token", "ଟୋକେନ୍ ବୁକ୍ କରନ୍ତୁ", "टोकन बुक करें"),
        ["track_token"] = ("Track my token", "ମୋ ଟୋକେନ୍ ଦେଖନ୍ତୁ", "मेरा टोकन देखें"),
        ["home_intro"] = ("Book your OPD token from home and come when it is your turn.",
            "ଘରୁ ଓପିଡି ଟୋକେନ୍ ବୁକ୍ କରନ୍ତୁ ଏବଂ ଆପଣଙ୍କ ପାଳି ଆସିଲେ ଆସନ୍ତୁ।",
            "घर से ओपीडी टोकन बुक करें और अपनी बारी आने पर आएँ।"),
        ["choose_department"] = ("Choose a department", "ବିଭାଗ ବାଛନ୍ତୁ", "विभाग चुनें"),
        ["choose_doctor"] = ("Choose a doctor", "ଡାକ୍ତର ବାଛନ୍ତୁ", "डॉक्टर चुनें"),
        ["any_doctor"] = ("Any doctor of the department", "ବିଭାଗର ଯେକୌଣସି ଡାକ୍ତର", "विभाग का कोई भी डॉक्टर"),
        ["choose_date"] = ("Choose a date", "ତାରିଖ ବାଛନ୍ତୁ", "तारीख चुनें"),
        ["choose_time"] = ("Choose a time", "ସମୟ ବାଛନ୍ତୁ", "समय चुनें"),
        ["places_left"] = ("{0} places left", "{0}ଟି ସ୍ଥାନ ବାକି", "{0} जगह बाकी"),
        ["full"] = ("Full", "ପୂର୍ଣ୍ଣ", "भरा हुआ"),
        ["no_times"] = ("No free times. Please choose another date or doctor.",
            "କୌଣସି ଖାଲି ସମୟ ନାହିଁ। ଦୟାକରି ଅନ୍ୟ ତାରିଖ କିମ୍ବା ଡାକ୍ତର ବାଛନ୍ତୁ।",
            "कोई खाली समय नहीं है। कृपया दूसरी तारीख या डॉक्टर चुनें।"),
        ["your_details"] = ("Patient's details", "ରୋଗୀଙ୍କ ବିବରଣୀ", "मरीज़ का विवरण"),
        ["name"] = ("Patient's name", "ରୋଗୀଙ୍କ ନାମ", "मरीज़ का नाम"),
        ["age"] = ("Age (years)", "ବୟସ (ବର୍ଷ)", "उम्र (वर्ष)"),
        ["phone"] = ("Mobile number", "ମୋବାଇଲ୍ ନମ୍ବର", "मोबाइल नंबर"),
        ["symptoms"] = ("What is the problem? (optional)", "କ'ଣ ସମସ୍ୟା? (ଇଚ୍ଛାଧୀନ)", "क्या परेशानी है? (वैकल्पिक)"),
        ["confirm_booking"] = ("Book the token", "ଟୋକେନ୍ ବୁକ୍ କରନ୍ତୁ", "टोकन बुक करें"),
        ["your_token"] = ("Your token", "ଆପଣଙ୍କ ଟୋକେନ୍", "आपका टोकन"),
        ["token_number"] = ("Token number", "ଟୋକେନ୍ ନମ୍ବର", "टोकन नंबर"),
        ["department"] = ("Department", "ବିଭାଗ", "विभाग"),
        ["doctor"] = ("Doctor", "ଡାକ୍ତର", "डॉक्टर"),
        ["date"] = ("Date", "ତାରିଖ", "तारीख"),
        ["time"] = ("Time", "ସମୟ", "समय"),
        ["status"] = ("Status", "ସ୍ଥିତି", "स्थिति"),
        ["position"] = ("Patients before you", "ଆପଣଙ୍କ ଆଗରେ ରୋଗୀ", "आपसे पहले मरीज़"),
        ["eta"] = ("Expected call time", "ଡାକିବାର ଆନୁମାନିକ ସମୟ", "बुलाए जाने का अनुमानित समय"),
        ["eta_planned"] = ("as planned", "ଯୋଜନା ଅନୁସାରେ", "योजना अनुसार"),
        ["eta_measured"] = ("at today's pace", "ଆଜିର ଗତି ଅନୁସାରେ", "आज की गति के अनुसार"),
        ["now_serving"] = ("Now serving", "ବର୍ତ୍ତମାନ ଡକାଯାଇଛି", "अभी बुलाया गया"),
        ["next_numbers"] = ("Next", "ପରବର୍ତ୍ତୀ", "अगले"),
        ["in_room"] = ("It is your turn: please go to {0}.", "ଆପଣଙ୍କ ପାଳି: ଦୟାକରି {0}କୁ ଯାଆନ୍ତୁ।", "आपकी बारी है: कृपया {0} में जाएँ।"),
        ["room"] = ("room {0}", "କକ୍ଷ {0}", "कमरा {0}"),
        ["print"] = ("Print the slip", "ସ୍ଲିପ୍ ପ୍ରିଣ୍ଟ କରନ୍ତୁ", "पर्ची प्रिंट करें"),
        ["cancel"] = ("Cancel this token", "ଏହି ଟୋକେନ୍ ବାତିଲ୍ କରନ୍ତୁ", "यह टोकन रद्द करें"),
        ["cancel_sure"] = ("Do you really want to cancel token {0}?", "ଆପଣ ସତରେ ଟୋକେନ୍ {0} ବାତିଲ୍ କରିବାକୁ ଚାହାଁନ୍ତି କି?", "क्या आप सच में टोकन {0} रद्द करना चाहते हैं?"),
        ["cancel_yes"] = ("Yes, cancel it", "ହଁ, ବାତିଲ୍ କରନ୍ତୁ", "हाँ, रद्द करें"),
        ["reminders_on"] = ("This mobile number gets SMS reminders about its tokens.",
            "ଏହି ମୋବାଇଲ୍ ନମ୍ବରକୁ ଟୋକେନ୍ ବିଷୟରେ SMS ସ୍ମାରକ ଆସେ।",
            "इस मोबाइल नंबर पर टोकन के SMS रिमाइंडर आते हैं।"),
        ["reminders_off"] = ("SMS reminders are stopped for this mobile number. Codes and cancellations still come.",
            "ଏହି ମୋବାଇଲ୍ ନମ୍ବର ପାଇଁ SMS ସ୍ମାରକ ବନ୍ଦ ଅଛି। କୋଡ୍ ଏବଂ ବାତିଲ ସୂଚନା ତଥାପି ଆସିବ।",
            "इस मोबाइल नंबर के SMS रिमाइंडर बंद हैं। कोड और रद्द होने की सूचना फिर भी आएगी।"),
        ["reminders_stop"] = ("Stop reminders", "ସ୍ମାରକ ବନ୍ଦ କରନ୍ତୁ", "रिमाइंडर बंद करें"),
        ["reminders_start"] = ("Send reminders again", "ପୁଣି ସ୍ମାରକ ପଠାନ୍ତୁ", "रिमाइंडर फिर से भेजें"),
        ["keep_link"] = ("Keep this page: its link is your token. Show the slip or its QR code at the counter.",
            "ଏହି ପୃଷ୍ଠା ରଖନ୍ତୁ: ଏହାର ଲିଙ୍କ୍ ହିଁ ଆପଣଙ୍କ ଟୋକେନ୍। କାଉଣ୍ଟରରେ ସ୍ଲିପ୍ କିମ୍ବା ଏହାର QR କୋଡ୍ ଦେଖାନ୍ତୁ।",
            "यह पेज रखें: इसका लिंक ही आपका टोकन है। काउंटर पर पर्ची या उसका QR कोड दिखाएँ।"),
        ["find_token"] = ("Find my token", "ମୋ ଟୋକେନ୍ ଖୋଜନ୍ତୁ", "मेरा टोकन खोजें"),
        ["find_intro"] = ("Give the mobile number you booked with. We send a code to it by SMS; with that code you see its tokens.",
            "ବୁକ୍ କରିବା ବେଳେ ଦେଇଥିବା ମୋବାଇଲ୍ ନମ୍ବର ଦିଅନ୍ତୁ। ଆମେ ସେଥିକୁ SMS ରେ ଏକ କୋଡ୍ ପଠାଇବୁ; ସେହି କୋଡ୍ ଦେଇ ଆପଣ ଏହାର ଟୋକେନ୍ ଦେଖିପାରିବେ।",
            "बुकिंग में दिया मोबाइल नंबर दें। हम उस पर SMS से एक कोड भेजेंगे; उस कोड से आप उसके टोकन देख सकेंगे।"),
        ["send_code"] = ("Send code", "କୋଡ୍ ପଠାନ୍ତୁ", "कोड भेजें"),
        ["code_sent"] = ("We have sent a 6-digit code by SMS to {0}. It is valid for 10 minutes.",
            "ଆମେ {0} କୁ SMS ରେ ୬ ଅଙ୍କର କୋଡ୍ ପଠାଇଛୁ। ଏହା ୧୦ ମିନିଟ୍ ପାଇଁ ବୈଧ।",
            "हमने {0} पर SMS से 6 अंकों का कोड भेजा है। यह 10 मिनट तक मान्य है।"),
        ["code_label"] = ("Code from the SMS", "SMS ରେ ଆସିଥିବା କୋଡ୍", "SMS में आया कोड"),
        ["show_my_tokens"] = ("Show my tokens", "ମୋ ଟୋକେନ୍ ଦେଖାନ୍ତୁ", "मेरे टोकन दिखाएँ"),
        ["new_code"] = ("Send a new code", "ନୂଆ କୋଡ୍ ପଠାନ୍ତୁ", "नया कोड भेजें"),
        ["code_wrong"] = ("That code is not right or no longer valid. Please check the SMS, or ask for a new code.",
            "ସେହି କୋଡ୍ ଠିକ୍ ନୁହେଁ କିମ୍ବା ଆଉ ବୈଧ ନୁହେଁ। ଦୟାକରି SMS ଯାଞ୍ଚ କରନ୍ତୁ, କିମ୍ବା ନୂଆ କୋଡ୍ ମାଗନ୍ତୁ।",
            "वह कोड सही नहीं है या अब मान्य नहीं है। कृपया SMS देखें, या नया कोड मँगाएँ।"),
        ["code_recent"] = ("A code was sent to this number a short while ago. Please use that one, or ask for a new one in a minute.",
            "ଏହି ନମ୍ବରକୁ କିଛି ସମୟ ପୂର୍ବରୁ ଏକ କୋଡ୍ ପଠାଯାଇଛି। ଦୟାକରି ତାହା ବ୍ୟବହାର କରନ୍ତୁ, କିମ୍ବା ଏକ ମିନିଟ୍ ପରେ ନୂଆ କୋଡ୍ ମାଗନ୍ତୁ।",
            "इस नंबर पर थोड़ी देर पहले एक कोड भेजा गया है। कृपया वही इस्तेमाल करें, या एक मिनट बाद नया कोड मँगाएँ।"),
        ["own_tokens"] = ("Upcoming tokens for {0}", "{0} ର ଆଗାମୀ ଟୋକେନ୍", "{0} के आने वाले टोकन"),
        ["no_own_tokens"] = ("This number has no upcoming tokens.", "ଏହି ନମ୍ବରରେ କୌଣସି ଆଗାମୀ ଟୋକେନ୍ ନାହିଁ।", "इस नंबर पर कोई आने वाला टोकन नहीं है।"),
        ["back"] = ("Back", "ପଛକୁ", "वापस"),
        ["today"] = ("Today", "ଆଜି", "आज"),
        ["tomorrow"] = ("Tomorrow", "କାଲି", "कल"),
        ["opd_hours"] = ("OPD hours", "ଓପିଡି ସମୟ", "ओपीडी समय"),
        ["st_pending"] = ("Booked", "ବୁକ୍ ହୋଇଛି", "बुक हुआ"),
        ["st_confirmed"] = ("Confirmed", "ନିଶ୍ଚିତ", "पक्का"),
        ["st_completed"] = ("Seen by the doctor", "ଡାକ୍ତର ଦେଖିସାରିଛନ୍ତି", "डॉक्टर ने देख लिया"),
        ["st_cancelled"] = ("Cancelled", "ବାତିଲ୍", "रद्द"),
        ["st_no_show"] = ("Missed", "ଅନୁପସ୍ଥିତ", "अनुपस्थित"),
        ["not_today"] = ("Your place in the queue shows here on the day of the visit.",
            "ଦେଖାଇବା ଦିନ ଏଠାରେ ଧାଡ଼ିରେ ଆପଣଙ୍କ ସ୍ଥାନ ଦେଖାଯିବ।",
            "दिखाने के दिन यहाँ कतार में आपकी जगह दिखेगी।"),
        ["err_name"] = ("Please write the patient's name (2 to 100 letters).", "ଦୟାକରି ରୋଗୀଙ୍କ ନାମ ଲେଖନ୍ତୁ (୨ରୁ ୧୦୦ ଅକ୍ଷର)।", "कृपया मरीज़ का नाम लिखें (2 से 100 अक्षर)।"),
        ["err_phone"] = ("Please give a 10-digit Indian mobile number.", "ଦୟାକରି ୧୦ ଅଙ୍କର ଭାରତୀୟ ମୋବାଇଲ୍ ନମ୍ବର ଦିଅନ୍ତୁ।", "कृपया 10 अंकों का भारतीय मोबाइल नंबर दें।"),
        ["err_age"] = ("The age must be between 0 and 150.", "ବୟସ ୦ରୁ ୧୫୦ ମଧ୍ୟରେ ହେବା ଉଚିତ।", "उम्र 0 से 150 के बीच होनी चाहिए।"),
        ["err_symptoms"] = ("Please keep the problem to 1000 letters.", "ଦୟାକରି ସମସ୍ୟା ୧୦୦୦ ଅକ୍ଷର ମଧ୍ୟରେ ଲେଖନ୍ତୁ।", "कृपया परेशानी 1000 अक्षरों में लिखें।"),
        ["err_time"] = ("That date or time is not open for booking. Please choose another.",
            "ସେହି ତାରିଖ କିମ୍ବା ସମୟ ବୁକିଂ ପାଇଁ ଖୋଲା ନାହିଁ। ଦୟାକରି ଅନ୍ୟଟି ବାଛନ୍ତୁ।",
            "वह तारीख या समय बुकिंग के लिए खुला नहीं है। कृपया दूसरा चुनें।"),
        ["err_full"] = ("That time has just filled up. Please choose another.", "ସେହି ସମୟ ଏବେ ପୂର୍ଣ୍ଣ ହୋଇଗଲା। ଦୟାକରି ଅନ୍ୟ ସମୟ ବାଛନ୍ତୁ।", "वह समय अभी भर गया। कृपया दूसरा समय चुनें।"),
        ["err_too_many"] = ("This mobile number has asked for many tokens in the last hour. Please try again later or come to the counter.",
            "ଏହି ମୋବାଇଲ୍ ନମ୍ବରରୁ ଗତ ଘଣ୍ଟାରେ ଅନେକ ଟୋକେନ୍ ମଗାଯାଇଛି। ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ କିମ୍ବା କାଉଣ୍ଟରକୁ ଆସନ୍ତୁ।",
            "इस मोबाइल नंबर से पिछले एक घंटे में कई टोकन माँगे गए हैं। कृपया बाद में फिर कोशिश करें या काउंटर पर आएँ।"),
        ["err_duplicate"] = ("This mobile number already has a token then. Track or cancel that one first.",
            "ଏହି ମୋବାଇଲ୍ ନମ୍ବରରେ ସେତେବେଳକୁ ଗୋଟିଏ ଟୋକେନ୍ ଅଛି। ପ୍ରଥମେ ତାହା ଦେଖନ୍ତୁ କିମ୍ବା ବାତିଲ୍ କରନ୍ତୁ।",
            "इस मोबाइल नंबर पर उस समय पहले से एक टोकन है। पहले उसे देखें या रद्द करें।"),
        ["err_other"] = ("The token could not be booked. Please try again.", "ଟୋକେନ୍ ବୁକ୍ ହୋଇପାରିଲା ନାହିଁ। ଦୟାକରି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।", "टोकन बुक नहीं हो सका। कृपया फिर से कोशिश करें।"),
        ["board_title"] = ("Now serving", "ବର୍ତ୍ତମାନ ଡକାଯାଉଛି", "अभी बुलाया जा रहा है"),
        ["board_call"] = ("Token {0}, {1}", "ଟୋକେନ୍ {0}, {1}", "टोकन {0}, {1}"),
        ["board_offline"] = ("Reconnecting…", "ପୁଣି ସଂଯୋଗ ହେଉଛି…", "फिर से जुड़ रहा है…"),
        ["board_waiting"] = ("waiting", "ଅପେକ୍ଷାରେ", "प्रतीक्षा में"),
        ["sound_on"] = ("Turn on voice", "ସ୍ୱର ଚାଲୁ କରନ୍ତୁ", "आवाज़ चालू करें"),
        ["live"] = ("Updates by itself", "ନିଜେ ଅଦ୍ୟତନ ହୁଏ", "अपने आप अपडेट होता है"),
        ["chat_title"] = ("Ask the assistant", "ସହାୟକଙ୍କୁ ପଚାରନ୍ତୁ", "सहायक से पूछें"),
        ["chat_hint"] = ("For example: book a token for tomorrow in dental", "ଯେପରି: କାଲି ଦାନ୍ତ ପାଇଁ ଟୋକେନ୍ ବୁକ୍ କରନ୍ତୁ", "जैसे: कल दांत के लिए टोकन बुक करें"),
        ["chat_send"] = ("Send", "ପଠାନ୍ତୁ", "भेजें"),
        ["chat_error"] = ("The assistant could not be reached. Please try again.", "ସହାୟକଙ୍କ ସହ ଯୋଗାଯୋଗ ହେଲା ନାହିଁ। ଦୟାକରି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।", "सहायक से संपर्क नहीं हो सका। कृपया फिर से कोशिश करें।"),
    };

    private static readonly string[][] Weekdays =
    [
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        ["ରବିବାର", "ସୋମବାର", "ମଙ୍ଗଳବାର", "ବୁଧବାର", "ଗୁରୁବାର", "ଶୁକ୍ରବାର", "ଶନିବାର"],
        ["रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"],
    ];

    private static readonly string[][] Months =
    [
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["ଜାନୁଆରୀ", "ଫେବୃଆରୀ", "ମାର୍ଚ୍ଚ", "ଅପ୍ରେଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ", "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର"],
        ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    ];

    public static string T(this HttpContext context, string key) => Get(Languages.Current(context), key);

    public static string T(this HttpContext context, string key, params object[] args) => string.Format(Get(Languages.Current(context), key), args);

    public static string Get(Lang lang, string key)
    {
        var (en, or, hi) = All[key];
        return lang switch { Lang.Or => or, Lang.Hi => hi, _ => en };
    }

    /// <summary>"Tue 24 Nov" in the page's language.</summary>
    public static string Day(this HttpContext context, DateOnly date)
    {
        var lang = (int)Languages.Current(context);
        return $"{Weekdays[lang][(int)date.DayOfWeek]} {date.Day} {Months[lang][date.Month - 1]}";
    }

    /// <summary>A department's name in the page's language.</summary>
    public static string DepartmentName(this HttpContext context, Opd.Core.Departments.Department department) =>
        Languages.Current(context) switch { Lang.Or => department.NameOdia, Lang.Hi => department.NameHindi, _ => department.Name };
}
