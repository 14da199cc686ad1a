namespace Opd.Core.Messages;

/// <summary>
/// The texts a new installation starts with, in English, Odia and Hindi. The clinic registers
/// them (or its own wording) on the DLT platform and enters the template ids, entity id and header.
/// </summary>
public static class TemplateCatalog
{
    public static IReadOnlyList<MessageTemplate> Defaults(DateTimeOffset now) =>
    [
        Create(MessageKinds.BookingConfirmation, "en", "Your OPD token: {token}. See your turn live: {link}", now),
        Create(MessageKinds.BookingConfirmation, "or", "ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍: {token}। ଆପଣଙ୍କ ପାଳି ଦେଖନ୍ତୁ: {link}", now),
        Create(MessageKinds.BookingConfirmation, "hi", "आपका ओपीडी टोकन: {token}। अपनी बारी देखें: {link}", now),
        Create(MessageKinds.CancelledByStaff, "en", "Your OPD token {token} was cancelled by the hospital. Details: {link}", now),
        Create(MessageKinds.CancelledByStaff, "or", "ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍ {token} ଡାକ୍ତରଖାନା ଦ୍ୱାରା ବାତିଲ କରାଯାଇଛି। ବିବରଣୀ: {link}", now),
        Create(MessageKinds.CancelledByStaff, "hi", "आपका ओपीडी टोकन {token} अस्पताल द्वारा रद्द कर दिया गया है। विवरण: {link}", now),
        Create(MessageKinds.OneTimeCode, "en", "{code} is your OPD code. It is valid for 10 minutes. Do not share it with anyone.", now),
        Create(MessageKinds.OneTimeCode, "or", "{code} ଆପଣଙ୍କ ଓପିଡି କୋଡ୍। ଏହା 10 ମିନିଟ୍ ପାଇଁ ବୈଧ। ଏହାକୁ କାହାକୁ ଦିଅନ୍ତୁ ନାହିଁ।", now),
        Create(MessageKinds.OneTimeCode, "hi", "{code} आपका ओपीडी कोड है। यह 10 मिनट तक मान्य है। इसे किसी के साथ साझा न करें।", now),
        Create(MessageKinds.AssistantReply, "en", "OPD: {reply}", now),
        Create(MessageKinds.AssistantReply, "or", "ଓପିଡି: {reply}", now),
        Create(MessageKinds.AssistantReply, "hi", "ओपीडी: {reply}", now),
        Create(MessageKinds.ReminderEvening, "en", "Reminder: your OPD token {token} is tomorrow. See your turn live: {link}", now),
        Create(MessageKinds.ReminderEvening, "or", "ସ୍ମାରକ: ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍ {token} ଆସନ୍ତାକାଲି। ଆପଣଙ୍କ ପାଳି ଦେଖନ୍ତୁ: {link}", now),
        Create(MessageKinds.ReminderEvening, "hi", "याद दिलाना: आपका ओपीडी टोकन {token} कल है। अपनी बारी देखें: {link}", now),
        Create(MessageKinds.ReminderMorning, "en", "Today: your OPD token {token}. See your turn live: {link}", now),
        Create(MessageKinds.ReminderMorning, "or", "ଆଜି: ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍ {token}। ଆପଣଙ୍କ ପାଳି ଦେଖନ୍ତୁ: {link}", now),
        Create(MessageKinds.ReminderMorning, "hi", "आज: आपका ओपीडी टोकन {token}। अपनी बारी देखें: {link}", now),
        Create(MessageKinds.TurnNear, "en", "Your turn is near, token {token}. Please come to the room. {link}", now),
        Create(MessageKinds.TurnNear, "or", "ଆପଣଙ୍କ ପାଳି ପାଖେଇ ଆସିଲାଣି, ଟୋକେନ୍ {token}। ଦୟାକରି କକ୍ଷ ପାଖକୁ ଆସନ୍ତୁ। {link}", now),
        Create(MessageKinds.TurnNear, "hi", "आपकी बारी नज़दीक है, टोकन {token}। कृपया कमरे के पास आ जाएँ। {link}", now),
        Create(MessageKinds.RunningLate, "en", "Your doctor is running about {delay} minutes late today. See your new time: {link}", now),
        Create(MessageKinds.RunningLate, "or", "ଆଜି ଆପଣଙ୍କ ଡାକ୍ତର ପ୍ରାୟ {delay} ମିନିଟ୍ ବିଳମ୍ବରେ ଅଛନ୍ତି। ନୂଆ ସମୟ ଦେଖନ୍ତୁ: {link}", now),
        Create(MessageKinds.RunningLate, "hi", "आज आपके डॉक्टर लगभग {delay} मिनट देरी से हैं। नया समय देखें: {link}", now),
        Create(MessageKinds.ClosureMoved, "en", "Because of a leave or holiday your OPD token was moved to {token}. Details: {link}", now),
        Create(MessageKinds.ClosureMoved, "or", "ଛୁଟି କାରଣରୁ ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍ {token} କୁ ବଦଳାଗଲା। ବିବରଣୀ: {link}", now),
        Create(MessageKinds.ClosureMoved, "hi", "छुट्टी के कारण आपका ओपीडी टोकन {token} पर बदल दिया गया है। विवरण: {link}", now),
        Create(MessageKinds.ClosureCancelled, "en", "Because of a leave or holiday your OPD token {token} was cancelled. Details: {link}", now),
        Create(MessageKinds.ClosureCancelled, "or", "ଛୁଟି କାରଣରୁ ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍ {token} ବାତିଲ ହେଲା। ବିବରଣୀ: {link}", now),
        Create(MessageKinds.ClosureCancelled, "hi", "छुट्टी के कारण आपका ओपीडी टोकन {token} रद्द कर दिया गया है। विवरण: {link}", now),
        Create(MessageKinds.WaitlistPlace, "en", "A place is free for you. Your OPD token: {token}. See your turn live: {link}", now),
        Create(MessageKinds.WaitlistPlace, "or", "ଆପଣଙ୍କ ପାଇଁ ଏକ ସ୍ଥାନ ମିଳିଲା। ଆପଣଙ୍କ ଓପିଡି ଟୋକେନ୍: {token}। ଆପଣଙ୍କ ପାଳି ଦେଖନ୍ତୁ: {link}", now),
        Create(MessageKinds.WaitlistPlace, "hi", "आपके लिए जगह मिल गई। आपका ओपीडी टोकन: {token}। अपनी बारी देखें: {link}", now),
        Create(MessageKinds.Test, "en", "Test message from the OPD token service: SMS works.", now),
        Create(MessageKinds.Test, "or", "ଓପିଡି ଟୋକେନ୍ ସେବାରୁ ପରୀକ୍ଷା ସନ୍ଦେଶ: SMS କାମ କରୁଛି।", now),
        Create(MessageKinds.Test, "hi", "ओपीडी टोकन सेवा से परीक्षण संदेश: SMS काम कर रहा है।", now),
    ];

    private static MessageTemplate Create(string kind, string language, string text, DateTimeOffset now) => new()
    {
        Kind = kind,
        Language = language,
        Text = text,
        Variables = [.. TemplateRules.Placeholders(text)],
        UpdatedAt = now,
    };
}
