using DocumentFormat.OpenXml.Wordprocessing;
using static Linli.Web.Platform.Exports.WordParts;

namespace Linli.Web.Modules.Mediation;

/// <summary>
/// The persuasion letter (文明劝导函) the complainant and the worker wrote together, laid out to print and post:
/// a title, the text as written, signed by the neighbours and dated — no names, so it can hang in a stairwell.
/// </summary>
public static class PersuasionLetter
{
    public static byte[] Build(string letter, string community, DateOnly on) => Document(_ =>
    {
        var body = new Body(Para("文明劝导函", 36, bold: true, JustificationValues.Center));
        foreach (var line in letter.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            body.Append(Para(line, 28, bold: false, JustificationValues.Left));
        body.Append(Para($"{community}的邻居们", 28, bold: false, JustificationValues.Right));
        body.Append(Para(on.ToString("yyyy年M月d日"), 28, bold: false, JustificationValues.Right));
        return body;
    });
}
