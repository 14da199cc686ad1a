namespace Opd.Core.Messages;

/// <summary>
/// The outbox row about a token, written by the statement or transaction that changes the token,
/// so a committed change always has its message and a rolled-back one never has.
/// </summary>
internal static class MessageSql
{
    public const string Queued = $"'{nameof(MessageStatus.Queued)}'";
    public const string Sending = $"'{nameof(MessageStatus.Sending)}'";

    /// <summary>
    /// Inserts the message of @message_kind about each token that the statement's CTE "token"
    /// returns (with <see cref="TokenColumns"/>), when it has a phone, and for a kind the patient
    /// may stop (@message_stoppable) only when that phone has not. The text is the template of the
    /// message language, else English, with {token}, {link} and {delay} filled in here: this is the
    /// one place where a token's values enter a template. The deadline is the appointment, but no
    /// sooner than @message_deadline and no later than @message_until. A kind sent once per token
    /// (@message_once) carries the key kind:token, and a second writer's row is dropped on it.
    /// The id is @message_id for one token, a new one per row when it is null.
    /// </summary>
    public const string InsertAboutToken = $"""
        INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, token_id, status, attempts,
                              next_attempt_at, deadline, once_key, created_at, updated_at, channel, variables)
        SELECT COALESCE(@message_id, gen_random_uuid()), tpl.kind, tpl.language, t.patient_phone,
               replace(replace(replace(tpl.text, '{"{token}"}', v.token), '{"{link}"}', v.link), '{"{delay}"}', @message_delay),
               tpl.dlt_template_id, tpl.entity_id, tpl.sender, t.id, {Queued}, 0, @now,
               LEAST(GREATEST((t.booking_date + t.booking_time) AT TIME ZONE @message_zone, @message_deadline), @message_until),
               CASE WHEN @message_once THEN tpl.kind || ':' || t.id END, @now, @now,
               @message_channel, v.variables
          FROM token t
          JOIN departments d ON d.code = t.department_code
         CROSS JOIN LATERAL (
               SELECT * FROM message_templates m
                WHERE m.kind = @message_kind AND m.language IN (@message_language, 'en')
                ORDER BY m.language = @message_language DESC
                LIMIT 1) tpl
         CROSS JOIN LATERAL (
               SELECT t.token_number || ', ' || COALESCE(t.doctor_name, CASE tpl.language WHEN 'or' THEN d.name_odia
                          WHEN 'hi' THEN d.name_hindi ELSE d.name END) || ', ' || to_char(t.booking_date, 'DD-MM-YYYY') || ' ' || to_char(t.booking_time, 'HH24:MI') AS token,
                      @message_link || t.id AS link) v0
         -- The values the template uses, for a channel that sends them apart from the text (WhatsApp).
         CROSS JOIN LATERAL (
               SELECT v0.token, v0.link, jsonb_strip_nulls(jsonb_build_object(
                          'token', CASE WHEN tpl.text LIKE '%{"{token}"}%' THEN v0.token END,
                          'link', CASE WHEN tpl.text LIKE '%{"{link}"}%' THEN v0.link END,
                          'delay', CASE WHEN tpl.text LIKE '%{"{delay}"}%' THEN @message_delay END)) AS variables) v
         WHERE t.patient_phone <> ''
           AND NOT (@message_stoppable AND EXISTS (SELECT 1 FROM message_opt_outs o WHERE o.phone = t.patient_phone))
        ON CONFLICT (once_key) DO NOTHING
        """;

    /// <summary>The same about the stored tokens @message_tokens, for a change made through EF in a transaction.</summary>
    public const string InsertAboutStoredTokens = $"WITH token AS (SELECT * FROM tokens WHERE id = ANY(@message_tokens)) {InsertAboutToken}";

    /// <summary>
    /// A copy of the WhatsApp message @id to go by SMS (its text is already the SMS template's), when
    /// it is still worth sending; a reply to a WhatsApp message stays on WhatsApp.
    /// </summary>
    public const string FallBackToSms = $"""
        INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, token_id, status, attempts,
                              next_attempt_at, deadline, created_at, updated_at, channel, variables)
        SELECT gen_random_uuid(), kind, language, to_phone, text, template_id, entity_id, sender, token_id, {Queued}, 0,
               @now, deadline, @now, @now, '{OptOuts.Sms}', variables
          FROM messages
         WHERE id = @id AND channel = '{OptOuts.WhatsApp}' AND kind <> '{MessageKinds.AssistantReply}' AND deadline > @now
        """;

    /// <summary>The columns a booking's token CTE returns for <see cref="InsertAboutToken"/>.</summary>
    public const string TokenColumns = "id, token_number, department_code, doctor_name, patient_phone, booking_date, booking_time";

    /// <summary>
    /// Inserts the one-time code's message for the phone that the statement's CTE "code" returns:
    /// the template of @message_language, else English, with {code} filled in from @code. Its
    /// deadline is the code's expiry (@message_deadline): a late code is worth nothing.
    /// </summary>
    public const string InsertCode = $$"""
        INSERT INTO messages (id, kind, language, to_phone, text, template_id, entity_id, sender, token_id, status, attempts,
                              next_attempt_at, deadline, created_at, updated_at, channel, variables)
        SELECT @message_id, tpl.kind, tpl.language, code.phone, replace(tpl.text, '{code}', @code),
               tpl.dlt_template_id, tpl.entity_id, tpl.sender, NULL, {{Queued}}, 0, @now, @message_deadline, @now, @now,
               @message_channel, jsonb_build_object('code', @code)
          FROM code
         CROSS JOIN LATERAL (
               SELECT * FROM message_templates m
                WHERE m.kind = @message_kind AND m.language IN (@message_language, 'en')
                ORDER BY m.language = @message_language DESC
                LIMIT 1) tpl
        """;
}
