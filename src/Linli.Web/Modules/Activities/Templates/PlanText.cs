namespace Linli.Web.Modules.Activities.Templates;

/// <summary>
/// A plan as staff type it in the console, one line each: "破冰 15" (a step and its minutes), "生日帽 每人一顶" (a material
/// and how much), "志愿者 4" (a role and how many). The last word is the number or the quantity; a line with one word
/// has none, and the service names what is missing.
/// </summary>
public static class PlanText
{
    public static IReadOnlyList<AgendaStep> Steps(string? text) => [.. Lines(text).Select(l => new AgendaStep(l.Head, Number(l.Tail)))];

    public static IReadOnlyList<Material> Materials(string? text) => [.. Lines(text).Select(l => new Material(l.Head, l.Tail))];

    public static IReadOnlyList<PlanRole> Roles(string? text) => [.. Lines(text).Select(l => new PlanRole(l.Head, Number(l.Tail)))];

    public static string Write(IEnumerable<AgendaStep> steps) => string.Join('\n', steps.Select(s => $"{s.Title} {s.Minutes}"));

    public static string Write(IEnumerable<Material> materials) => string.Join('\n', materials.Select(m => $"{m.Item} {m.Quantity}".TrimEnd()));

    public static string Write(IEnumerable<PlanRole> roles) => string.Join('\n', roles.Select(r => $"{r.Role} {r.People}"));

    private static IEnumerable<(string Head, string? Tail)> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l =>
        {
            var cut = l.LastIndexOfAny([' ', '\t', '　']);
            return cut < 0 ? (l, (string?)null) : (l[..cut].Trim(), l[(cut + 1)..]);
        });

    private static int? Number(string? text) => int.TryParse(text, out var n) ? n : null;
}
