using System.Text;

namespace Opd.Core.Chat;

/// <summary>Danger signs, departments the clinic does not have, and questions about opening hours.</summary>
internal static partial class Lexicon
{
    /// <summary>Each alone means the patient must come to Emergency now, not book a token.</summary>
    public static readonly string[] DangerSigns = Composed(
        "unconscious", "not waking", "collapsed", "not responding", "unresponsive", "passed out", "jhatka", "jhatke", "jhataka", "hosh nahi", "hosh nahin",
        "झटके", "झटका", "होश नहीं", "ଝଟକା", "ଚେତା ହରାଇ", "fainted and", "not breathing", "can't breathe", "cannot breathe", "unable to breathe", "snake bite", "snakebite",
        "bitten by a snake", "snake bit", "seizure", "fits", "convulsion", "fitting", "heavy bleeding", "bleeding heavily", "bleeding a lot", "lot of blood",
        "losing blood", "won't stop bleeding", "not stopping bleeding", "poisoned", "took poison", "drank poison", "ate poison", "swallowed poison",
        "consumed poison", "poison kha", "pesticide", "drank acid", "stroke", "paralysed suddenly", "severe burn",
        "behosh", "saans nahi", "saans nahin", "sans nahi", "saanp ne kaat", "saap ne kaat", "sanp ne kaat", "saanp kaat", "sanp kaat", "mirgi", "daura pad",
        "bahut khoon", "khoon bah", "khoon nahi ruk", "zehar kha", "jahar kha", "zehar pi", "jahar pi",
        "बेहोश", "साँस नहीं", "सांस नहीं", "सांस नही", "सांप ने काट", "साँप ने काट", "सांप काट", "साँप काट", "मिर्गी", "दौरा पड़", "बहुत खून", "खून बह",
        "खून नहीं रुक", "ज़हर खा", "जहर खा", "ज़हर पी", "जहर पी", "लकवा",
        "cheta nahi", "chetana nahi", "behosa", "sapa kamud", "sapa kamudi", "sap kamud", "bahut rakta", "rakta bahu", "bisa khai", "nishwas nahi",
        "ଚେତା ନାହିଁ", "ଚେତନା ନାହିଁ", "ବେହୋସ", "ଅଚେତ", "ସାପ କାମୁଡ଼", "ସାପ କାମୁଡ", "ମିର୍ଗି", "ବହୁତ ରକ୍ତ", "ରକ୍ତ ବନ୍ଦ ହେଉନି", "ରକ୍ତସ୍ରାବ", "ବିଷ ଖାଇ", "ନିଶ୍ୱାସ ନେଇ ପାରୁନି", "ଶ୍ୱାସ ନେଇ ପାରୁନି");

    /// <summary>Chest pain is a booking for cardiology, unless it comes with one of <see cref="WithChestPain"/>.</summary>
    public static readonly string[] ChestPain = Composed("chest pain", "pain in chest", "pain in my chest", "chest hurts", "seene me dard", "seene mein dard",
        "chhati me dard", "chhati mein dard", "chhati dard", "chhati bindha", "chhati re bindha", "सीने में दर्द", "छाती में दर्द", "छाती दर्द", "ଛାତି ବିନ୍ଧା", "ଛାତିରେ ବିନ୍ଧା", "ଛାତି ଯନ୍ତ୍ରଣା");

    public static readonly string[] WithChestPain = Composed("breath", "breathless", "breathing", "sweat", "sweating", "saans", "sans", "pasina", "swasa", "nishwas",
        "सांस", "साँस", "पसीना", "ଶ୍ୱାସ", "ନିଶ୍ୱାସ", "ଝାଳ");

    /// <summary>What the clinic has no department for, what to call it in each language, and the department that comes closest.</summary>
    public static readonly (string Key, string En, string Hi, string Or, string Closest, string[] Words)[] Missing =
    [
        ("ent", "ear, nose and throat (ENT)", "कान-नाक-गला (ईएनटी)", "କାନ-ନାକ-ଗଳା (ଇଏନଟି)", "general_medicine",
            Composed("ent", "ear", "ears", "earache", "ear pain", "hearing", "deaf", "tonsil", "sinus", "kaan", "kan dard", "कान", "बहरा", "ଇଏନଟି", "କାନ", "ଶୁଣିବାରେ", "kana dard", "kana bindha")),
        ("eye", "eye (ophthalmology)", "आँख (नेत्र रोग)", "ଆଖି (ଚକ୍ଷୁ ରୋଗ)", "general_medicine",
            Composed("eye", "eyes", "vision", "spectacles", "specs", "cataract", "ophthal", "eye doctor", "ankh", "aankh", "ankhon", "motiyabind", "आँख", "आंख", "नेत्र", "मोतियाबिंद",
                "akhi", "aakhi", "ଆଖି", "ଚକ୍ଷୁ", "ଛାନିଆ")),
        ("kidney", "kidney (nephrology and urology)", "गुर्दा (किडनी)", "କିଡ଼ନୀ (ବୃକକ)", "general_medicine",
            Composed("kidney", "kidneys", "dialysis", "urolog", "nephro", "kidni", "gurda", "गुर्दा", "गुर्दे", "किडनी", "ବୃକକ", "କିଡ଼ନୀ", "କିଡନୀ")),
        ("oncology", "cancer (oncology)", "कैंसर", "କର୍କଟ ରୋଗ (କ୍ୟାନସର)", "general_medicine",
            Composed("cancer", "oncolog", "tumour", "tumor", "kainsar", "कैंसर", "ट्यूमर", "କର୍କଟ", "କ୍ୟାନସର")),
    ];

    /// <summary>Words that ask when something opens or closes (with an info question they want the hours of a day).</summary>
    public static readonly string[] HoursWords = Composed("open", "opens", "close", "closes", "closed", "closing", "timing", "timings", "hours", "till when", "until when",
        "up to what time", "what time", "kab tak", "kab khul", "khula", "khulta", "band", "kebe khole", "kholiba", "khola", "khole", "bandha", "kete bele",
        "कब तक", "खुला", "खुलता", "खुलेगा", "बंद", "समय", "ଖୋଲା", "ଖୋଲେ", "ଖୋଲିବ", "ବନ୍ଦ", "କେତେବେଳ", "ସମୟ");

    /// <summary>Words and phrases in a fixed spelling of each script (Odia and Devanagari nukta letters are decomposed in text the engine reads).</summary>
    private static string[] Composed(params string[] words) => words.Select(w => w.Normalize(NormalizationForm.FormC)).ToArray();
}
