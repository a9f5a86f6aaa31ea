using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Linli.Web.Platform.Localization;

/// <summary>
/// UI text in Chinese (default) and English. Each module keeps a Texts.json beside its code:
/// <c>{ "Key": { "zh-CN": "…", "en": "…" } }</c>, both languages side by side so a missing
/// translation shows in review, and a test checks every key has both.
/// </summary>
public sealed class Texts
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public static readonly string[] Languages = [Chinese, English];

    private readonly Dictionary<string, Dictionary<string, string>> entries = new(StringComparer.Ordinal);

    public Texts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("Texts.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                ?? throw new InvalidOperationException($"{name} is empty.");
            foreach (var (key, value) in file)
            {
                if (!entries.TryAdd(key, value)) throw new InvalidOperationException($"Text key '{key}' is defined twice ({name}).");
            }
        }
    }

    public IReadOnlyDictionary<string, Dictionary<string, string>> All => entries;

    /// <summary>The text for the current UI culture; an unknown key shows as itself so it is noticed.</summary>
    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string Format(string key, params object[] arguments) =>
        arguments.Length == 0 ? this[key] : string.Format(CultureInfo.CurrentCulture, this[key], arguments);

    public string Get(string key, CultureInfo culture) =>
        entries.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(LanguageOf(culture), out var text) ? text : key;

    /// <summary>Whether the request is shown in English, for content that carries its own translation (a survey's English text).</summary>
    public static bool InEnglish => LanguageOf(CultureInfo.CurrentUICulture) == English;

    public static string LanguageOf(CultureInfo culture) =>
        culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
}
