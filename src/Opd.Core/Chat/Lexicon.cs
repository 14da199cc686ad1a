namespace Opd.Core.Chat;

/// <summary>What the assistant is asked to do.</summary>
/// <remarks><see cref="Emergency"/>: a danger sign; the answer sends the patient to Emergency or to 108.</remarks>
public enum Intent { None, Book, Status, Cancel, MyBookings, Departments, Doctors, Queue, Info, Greeting, Help, Emergency }

/// <summary>
/// The words the offline engine knows, in English, Hindi and Odia (their scripts and the usual
/// romanised spellings). Latin entries match as word starts ("fractur" finds "fractured"); Odia and
/// Devanagari entries match anywhere, since endings attach to the word ("ଦାନ୍ତରେ").
/// </summary>
internal static partial class Lexicon
{
    /// <summary>
    /// Words and phrases that point to an intent, with a weight: the intent with the strongest match wins. Latin
    /// entries match word starts, so "book" already finds "booking" and "appoint" "appointment".
    /// </summary>
    public static readonly (Intent Intent, int Weight, string[] Phrases)[] Intents =
    [
        (Intent.Book, 2, ["book", "appoint", "apointment", "ticket", "reserve", "slot for", "show a doctor", "show a dentist", "show to", "appointmnt", "register", "consult", "see a doctor", "see the doctor",
            "want a token", "need a token", "get a token", "new token", "token for", "ke liye token", "token ke liye", "के लिए टोकन", "टोकन के लिए",
            "ପାଇଁ ଟୋକେନ୍", "pain token", "paain token", "schedule", "बुक", "अपॉइंटमेंट", "अपोइंटमेंट", "दिखाना", "दिखाने", "टोकन चाहिए", "टोकन लेना",
            "dikhana", "dikhane", "chahiye", "lena hai", "karna hai", "ବୁକ୍", "ବୁକିଂ", "ଆପଏଣ୍ଟମେଣ୍ଟ", "ଦେଖାଇବି", "ଦେଖାଇବାକୁ", "ଟୋକେନ୍ ଦରକାର", "ଟୋକେନ ଦରକାର",
            "darkar", "dekhaibi", "dekhaibaku"]),
        (Intent.Status, 5, ["status", "स्थिति", "स्टेटस", "ସ୍ଥିତି", "ଷ୍ଟାଟସ୍"]),
        (Intent.Status, 3, ["what happened to my", "has my", "been confirmed", "check my token", "check token", "track", "where is my token", "is my token", "confirmed", "स्थिति", "स्टेटस",
            "टोकन की स्थिति", "kya hua", "kya status", "ସ୍ଥିତି", "ଷ୍ଟାଟସ୍", "ଟୋକେନ୍ କଣ ହେଲା", "token ra status"]),
        (Intent.Cancel, 4, ["remove my", "drop my", "cancel", "cancell", "cancle", "call off", "delete my", "won't come", "cannot come", "can't come", "रद्द", "कैंसल", "radd", "cancel karna",
            "nahi aa", "ବାତିଲ", "କ୍ୟାନସଲ", "batil", "asi paribi nahin"]),
        (Intent.MyBookings, 4, ["my bookings", "my appointments", "my tokens", "all my", "bookings for", "tokens for phone", "appointments on", "मेरी बुकिंग", "मेरे टोकन",
            "meri booking", "mere token", "ମୋ ବୁକିଂ", "ମୋର ବୁକିଂ", "ମୋ ଟୋକେନ୍ ଗୁଡ଼ିକ", "mo booking"]),
        (Intent.Departments, 2, ["department", "do you have a", "do you have an", "is there a", "is there an", "hai kya", "hota hai", "milta hai", "है क्या", "होता है",
            "मिलता है", "ଅଛନ୍ତି କି", "ଅଛି କି", "achhanti ki", "achhi ki"]),
        (Intent.Departments, 4, ["departments", "department list", "which department", "what departments", "specialities", "specialties", "services", "विभाग कौन",
            "कौन से विभाग", "सभी विभाग", "vibhag", "ବିଭାଗ ଗୁଡ଼ିକ", "କେଉଁ ବିଭାଗ", "bibhaga"]),
        (Intent.Doctors, 1, ["available", "availability", "opening"]),
        (Intent.Doctors, 3, ["doctors", "which doctor", "doctor available", "free slot", "free slots", "free time", "slots", "vacancy",
            "कौन से डॉक्टर", "डॉक्टर कौन", "खाली", "उपलब्ध", "khali", "kaun se doctor", "doctor kaun", "ଡାକ୍ତର କିଏ", "କେଉଁ ଡାକ୍ତର", "ଖାଲି", "ଉପଲବ୍ଧ", "khali achhi"]),
        (Intent.Queue, 4, ["now serving", "serving now", "being served", "serving", "served now", "current token", "current number", "which number", "whose turn", "my turn", "position", "queue", "how long", "how many before",
            "waiting time", "wait time", "how much longer", "how much time", "time left", "how much more time", "kitna samay", "kitna waqt", "कितना वक्त", "going on", "be called", "get called", "before me", "ahead of me", "people before", "kitne log", "mere aage",
            "kab bulay", "kab aayega", "kab ayega", "kete jana", "mo agare", "kete samay", "kete bele daka", "कितने लोग", "मेरे आगे", "कब बुलाया", "कब बुलाएंगे", "ମୋ ଆଗରେ", "କେତେ ଜଣ", "ଡକାଯିବ", "ଡାକିବେ", "chal raha", "चल रहा", "ଚାଲିଛି", "अभी कौन", "बारी", "कितना समय", "कितनी देर", "कतार", "bari", "kitna time", "kitni der", "ପାଳି", "ଧାଡ଼ି", "କେତେ ସମୟ", "pali"]),
        (Intent.Info, 3, ["address", "location", "where is the hospital", "where is the", "how to reach", "opd hours", "opd timing", "timing", "timings", "open today", "when do you open",
            "visiting hours", "visiting", "close", "closing", "open on", "open", "is the opd", "till when", "until when", "kab tak", "khula", "khulega",
            "kholiba", "khola", "khole", "खुलेगा", "कब तक", "ଖୋଲା", "ଖୋଲିବ", "ଖୋଲେ", "ବନ୍ଦ", "kete bele", "when does", "where is", "policy", "policies", "rules", "helpline", "contact", "पता", "कहाँ है", "समय क्या", "खुला", "खुलता", "बंद", "नियम", "pata", "kahan hai", "kab khulta",
            "ଠିକଣା", "କେଉଁଠି", "କେବେ ଖୋଲେ", "ନିୟମ", "thikana", "kebe khole"]),
        (Intent.Greeting, 2, ["hi", "hello", "hey", "namaste", "namaskar", "good morning", "good evening", "नमस्ते", "नमस्कार", "ନମସ୍କାର", "ନମସ୍ତେ", "johar"]),
        (Intent.Help, 3, ["help", "what can you do", "how does this work", "how to use", "मदद", "सहायता", "madad", "ସାହାଯ୍ୟ", "sahajya"]),
    ];

    /// <summary>Department codes and the everyday words that lead to them; general medicine when nothing matches.</summary>
    public static readonly (string Department, string[] Words)[] Departments =
    [
        ("emergency", ["emergency", "accident", "bleeding", "unconscious", "snake bite", "snakebite", "burn", "poison", "आपातकाल", "इमरजेंसी", "दुर्घटना",
            "सांप", "ଜରୁରୀ", "ଦୁର୍ଘଟଣା", "ସାପ", "jaruri", "durghatana"]),
        ("cardiology", ["cardiology", "cardiolgy", "cardio", "cardiac", "heart", "chest pain", "palpitation", "blood pressure", "bp", "दिल", "हृदय", "सीने में दर्द",
            "छाती", "dil", "seene", "chhati", "ହୃଦୟ", "ହୃଦ", "ଛାତି", "hruday", "chhati"]),
        ("pediatrics", ["pediatrics", "paediatrics", "pediatric", "child", "children", "baby", "babies", "infant", "kid", "newborn", "my son", "my daughter",
            "बच्चा", "बच्चे", "बच्ची", "शिशु", "bachcha", "bacha", "bachche", "beta", "beti", "bete", "bachon", "बेटा", "बेटी", "बेटे", "बाल रोग", "pua", "jhia", "ଶିଶୁ ରୋଗ", "ପିଲା", "ଶିଶୁ", "ପୁଅ", "ଝିଅ", "pila", "shishu"]),
        ("gynecology", ["gynecology", "gynaecology", "gynec", "gyno", "pregnant", "pregnancy", "periods", "menstrual", "delivery", "antenatal", "गर्भ", "गर्भवती", "स्त्री रोग", "ସ୍ତ୍ରୀ ରୋଗ",
            "माहवारी", "प्रसव", "garbh", "garbhvati", "ଗର୍ଭ", "ଗର୍ଭବତୀ", "ପ୍ରସବ", "garbhabati"]),
        ("orthopedics", ["orthopedics", "orthopaedics", "ortho", "knee", "fracture", "bone", "joint", "back pain", "sprain", "hip", "shoulder", "हड्डी", "घुटना",
            "घुटने", "जोड़", "कमर दर्द", "haddi", "ghutna", "ghutne", "ହାଡ", "ଆଣ୍ଠୁ", "ଗଣ୍ଠି", "ଅଣ୍ଟା", "hada", "anthu", "ଅସ୍ଥି", "अस्थि", "हड्डी रोग", "asthi", "bone doctor"]),
        ("dental", ["dental", "dentist", "tooth", "teeth", "toothache", "gum", "दांत", "दाँत", "मसूड़", "daant", "dant", "ଦାନ୍ତ", "danta", "दंत", "ଦନ୍ତ", "teeth doctor"]),
        ("dermatology", ["dermatology", "derma", "skin", "rash", "itch", "itching", "pimple", "acne", "eczema", "त्वचा", "खुजली", "चकत्ते", "दाने", "khujli",
            "twacha", "ଚର୍ମ", "କୁଣ୍ଡିଆ", "ଦାଗ", "charma", "kundia", "skin doctor"]),
        ("psychiatry", ["psychiatry", "psychiatrist", "mental", "anxiety", "depression", "stress", "panic", "sleep problem", "insomnia", "चिंता", "तनाव", "डिप्रेशन",
            "मानसिक", "chinta", "tanav", "ଚିନ୍ତା", "ମାନସିକ", "ଉଦ୍ବେଗ", "chinta", "मनोरोग"]),
        ("general_medicine", ["general medicine", "general physician", "physician", "fever", "cough", "cold", "headache", "weakness", "diabetes", "sugar",
            "food poisoning", "vomit", "loose motion", "diarrhoea", "diarrhea", "बुखार",
            "खांसी", "सर्दी", "सिरदर्द", "सामान्य चिकित्सा", "ସାଧାରଣ ଚିକିତ୍ସା", "bukhar", "khansi", "ଜ୍ୱର", "କାଶ", "ମୁଣ୍ଡବିନ୍ଧା", "jwara", "kasa"]),
    ];

    public static readonly string[] Yes = ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "confirm", "confirmed", "correct", "book it", "go ahead", "please do",
        "haan", "han", "ha", "ji", "theek hai", "thik hai", "हाँ", "हां", "जी", "ठीक है", "हा", "ହଁ", "ହଁ", "ଠିକ୍ ଅଛି", "ଠିକ ଅଛି", "hau", "thik achhi"];

    public static readonly string[] No = ["no", "n", "nope", "not now", "don't", "dont", "stop", "wrong", "change", "nahi", "nahin", "mat", "नहीं", "नही", "मत",
        "ନା", "ନାହିଁ", "na", "nahin"];

    /// <summary>Weekday names: English (and short forms), Hindi, Odia.</summary>
    public static readonly (DayOfWeek Day, string[] Names)[] Weekdays =
    [
        (DayOfWeek.Monday, ["monday", "mon", "somvar", "somwar", "सोमवार", "ସୋମବାର", "somabara"]),
        (DayOfWeek.Tuesday, ["tuesday", "tue", "tues", "mangalvar", "mangalwar", "मंगलवार", "ମଙ୍ଗଳବାର", "mangalabara"]),
        (DayOfWeek.Wednesday, ["wednesday", "wed", "budhvar", "budhwar", "बुधवार", "ବୁଧବାର", "budhabara"]),
        (DayOfWeek.Thursday, ["thursday", "thu", "thurs", "guruvar", "guruwar", "गुरुवार", "बृहस्पतिवार", "ଗୁରୁବାର", "gurubara"]),
        (DayOfWeek.Friday, ["friday", "fri", "shukravar", "shukrawar", "शुक्रवार", "ଶୁକ୍ରବାର", "sukrabara"]),
        (DayOfWeek.Saturday, ["saturday", "sat", "shanivar", "shaniwar", "शनिवार", "ଶନିବାର", "sanibara"]),
        (DayOfWeek.Sunday, ["sunday", "sun", "ravivar", "raviwar", "रविवार", "ରବିବାର", "rabibara"]),
    ];

    public static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static readonly string[] Today = ["today", "tonight", "aaj", "aj", "आज", "ଆଜି", "aji"];
    public static readonly string[] Tomorrow = ["tomorrow", "tommorow", "tomorow", "tmrw", "tmw", "kal", "कल", "ଆସନ୍ତାକାଲି", "କାଲି", "kali", "asantakali"];
    public static readonly string[] DayAfter = ["day after tomorrow", "parso", "parson", "परसों", "परसो", "ପଅରଦିନ", "paradina", "pahardina"];
    public static readonly string[] Next = ["next", "agle", "अगले", "ଆସନ୍ତା", "asanta"];

    /// <summary>Parts of the day and the time they stand for.</summary>
    public static readonly (TimeOnly Time, string[] Words)[] DayParts =
    [
        (new TimeOnly(9, 0), ["morning", "subah", "सुबह", "ସକାଳ", "sakala", "sakal"]),
        (new TimeOnly(12, 0), ["noon", "midday", "dopahar", "दोपहर", "ମଧ୍ୟାହ୍ନ", "ଦ୍ୱିପହର", "dwipahara"]),
        (new TimeOnly(14, 0), ["afternoon"]),
        (new TimeOnly(16, 0), ["evening", "shaam", "sham", "शाम", "ସନ୍ଧ୍ୟା", "sandhya"]),
    ];

    /// <summary>Romanised Hindi words that tell a Hindi speaker writing in Latin letters.</summary>
    public static readonly string[] RomanHindi = ["mujhe", "mera", "meri", "mere", "hai", "hain", "kya", "kal", "aaj", "chahiye", "karna", "karo", "naam", "bukhar",
        "dikhana", "nahi", "haan", "kitna", "kaun", "kahan", "bachcha", "daant", "parso", "saal", "umar", "subah", "shaam", "dard", "mein"];

    /// <summary>Romanised Odia words.</summary>
    public static readonly string[] RomanOdia = ["mora", "mo", "mote", "achhi", "darkar", "kali", "aji", "dekhaibi", "jwara", "pila", "nama", "barsa", "kana", "kebe",
        "kouthi", "hau", "nahin", "asantakali", "sakala", "danta"];
}
