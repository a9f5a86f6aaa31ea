using Linli.Web.Platform.Localization;

namespace Linli.Web.Platform.Audit;

/// <summary>An audit entry as a person reads it: the action, the subject and the summary in the page's language, with names.</summary>
public sealed record ReadableAuditEntry(AuditEntryResponse Entry, string Action, string Subject, string Summary);

/// <summary>
/// Reads audit entries aloud. Entries keep what was recorded (terse, language-neutral, hash-chained: they are never
/// rewritten); the narrator turns <c>guardian=12</c> into "监护人：王秀兰" and <c>Draft→Published</c> into
/// "草稿→已发布" when the page shows them. Names come from the modules' <see cref="AuditNames"/>, one query per kind.
/// </summary>
public sealed class AuditNarrator(IEnumerable<AuditNames> sources, IServiceProvider services, Texts texts)
{
    /// <summary>Where a bare value (an enum's name) is looked up, by the action's area: "Open" is a need's 待回应 but a correction's 处理中.</summary>
    private static readonly Dictionary<string, string[]> ValueTexts = new()
    {
        ["activity"] = ["ActivityStatus.", "RegistrationStatus.", "SeriesFrequency."],
        ["space"] = ["BookingStatus."],
        ["resident"] = ["Status.", "CorrectionField."],
        ["correction"] = ["CorrectionStatus.", "CorrectionField."],
        ["care"] = ["Care.Grade."],
        ["owner"] = ["OwnerKind."],
        ["group"] = ["Groups.Stage.", "Groups.Kind.", "Groups.Role.", "Groups.Document."],
        ["need"] = ["Needs.Status.", "Needs.Source."],
        ["volunteer"] = ["Volunteer.CorrectionState."],
        ["points"] = ["Earning.Kind."],
        ["region"] = ["Region.Kind."],
    };

    public async Task<IReadOnlyList<ReadableAuditEntry>> DescribeAsync(IReadOnlyList<AuditEntryResponse> entries, CancellationToken cancellationToken)
    {
        var byType = sources.ToDictionary(s => s.SubjectType);
        var byKey = sources.SelectMany(s => s.SummaryKeys.Select(k => (k, s))).ToDictionary(p => p.k, p => p.s);
        var wanted = new Dictionary<AuditNames, HashSet<string>>();
        void Want(AuditNames? source, string? id)
        {
            if (source is null || id is null) return;
            if (!wanted.TryGetValue(source, out var ids)) wanted[source] = ids = [];
            ids.Add(id);
        }
        foreach (var entry in entries)
        {
            Want(entry.SubjectType is { } type ? byType.GetValueOrDefault(type) : null, entry.SubjectId);
            foreach (var (key, value) in Pairs(entry.Summary)) Want(byKey.GetValueOrDefault(key), value);
        }
        var names = new Dictionary<AuditNames, IReadOnlyDictionary<string, string>>();
        foreach (var (source, ids) in wanted) names[source] = await source.NamesAsync(services, [.. ids], cancellationToken);

        string? NameOf(AuditNames? source, string id) => source is not null && names.TryGetValue(source, out var known) ? known.GetValueOrDefault(id) : null;
        return [.. entries.Select(e => new ReadableAuditEntry(e, Text("AuditAction." + e.Action) ?? e.Action,
            Subject(e, e.SubjectType is { } t ? NameOf(byType.GetValueOrDefault(t), e.SubjectId ?? "") : null),
            Summary(e.Summary, ValueTexts.GetValueOrDefault(e.Action.Split('.')[0], []), (key, id) => NameOf(byKey.GetValueOrDefault(key), id))))];
    }

    private string Subject(AuditEntryResponse entry, string? name) => entry.SubjectType is not { } type ? ""
        : $"{Text("AuditSubject." + type) ?? type} {name ?? "#" + entry.SubjectId}";

    private string Summary(string summary, string[] valueTexts, Func<string, string, string?> nameOf)
    {
        var parts = new List<string>();
        foreach (var token in summary.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "->") parts.Add("→");
            else if (token.IndexOf('=') is var at and > 0)
            {
                var (key, value) = (token[..at], token[(at + 1)..].TrimEnd(';', ','));
                parts.Add($"{Text("AuditField." + key) ?? key}：{nameOf(key, value) ?? Value(value, valueTexts)}");
            }
            else parts.Add(Value(token, valueTexts));
        }
        return string.Join(" ", parts);
    }

    /// <summary>A value: each side of an arrow and each item of a list on its own, numbers as they are.</summary>
    private string Value(string value, string[] valueTexts)
    {
        if (value.Contains('→')) return string.Join("→", value.Split('→').Select(v => Value(v, valueTexts)));
        if (value.Contains(',') && value.Length > 1) return string.Join("、", value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => Value(v, valueTexts)));
        foreach (var prefix in valueTexts.Append("AuditWord."))
            if (Text(prefix + value) is { } text) return text;
        return value;
    }

    private string? Text(string key) => texts[key] is var text && text != key ? text : null;

    /// <summary>The <c>key=value</c> pairs of a summary.</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(string summary) =>
        summary.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => (Token: t, At: t.IndexOf('=')))
            .Where(t => t.At > 0).Select(t => (t.Token[..t.At], t.Token[(t.At + 1)..].TrimEnd(';', ',')));
}
