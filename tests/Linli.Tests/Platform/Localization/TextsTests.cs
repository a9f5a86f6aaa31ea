using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Localization;

namespace Linli.Tests.Platform.Localization;

public sealed partial class TextsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public void Every_text_has_chinese_and_english()
    {
        var incomplete = new Texts().All
            .Where(e => Texts.Languages.Any(language => !e.Value.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text)))
            .Select(e => e.Key).ToList();
        Assert.True(incomplete.Count == 0, "Missing a language: " + string.Join(", ", incomplete));
    }

    [Fact]
    public void Every_text_key_named_in_the_code_exists()
    {
        var known = new Texts().All.Keys.ToHashSet();
        var source = Path.Combine(RepositoryRoot(), "src", "Linli.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct();
        var missing = used.Where(k => !known.Contains(k)).Order().ToList();
        Assert.True(missing.Count == 0, "Text keys without a text: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Errors_are_chinese_by_default_and_english_on_request()
    {
        var admin = await factory.AdminAsync();
        var chinese = await (await admin.PostAsJsonAsync("/api/v1/regions", new { kind = "District", name = "", code = "X" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("此项必填。", chinese.GetProperty("errors").GetProperty("name")[0].GetString());
        var english = await (await admin.PostAsJsonAsync("/api/v1/regions?culture=en", new { kind = "District", name = "", code = "X" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("This field is required.", english.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public void Times_show_in_china_standard_time() =>
        Assert.Equal("2026-11-23 07:30", ChinaTime.Format(new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc)));

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linli.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Linli.slnx not found above the test folder.");
    }

    // A text key is a quoted literal of dotted PascalCase words whose first word names a text family.
    [GeneratedRegex("\"((?:App|Error|Validation|Common|Nav|Home|Portal|SignIn|User|Identity|Role|Region|Audit|Privacy|Resident|Residents|ResidentImport|Tag|Gender|Status|Care|Visit|Disability|Import|Work|Account|Sheet)(?:\\.[A-Z][A-Za-z]*)+)\"")]
    private static partial Regex KeyLiteral();
}
