using System.Security.Cryptography;
using System.Text.Json;

namespace Linli.Web.Platform.Privacy;

/// <summary>
/// The keys that encrypt sensitive fields. Read from configuration (Linli:Encryption:ActiveKey,
/// Linli:Encryption:Keys:{id}, Linli:Encryption:LookupKey; base64, 32 bytes each). With nothing
/// configured they are generated once into keys/field-keys.json beside the data, with a warning,
/// so a first run works; production keeps them outside the data folder (docs/operations.md).
/// </summary>
public sealed record FieldKeyRing(string ActiveKeyId, IReadOnlyDictionary<string, byte[]> Keys, byte[] LookupKey)
{
    public static FieldKeyRing Load(IConfiguration configuration, string dataDirectory, ILogger logger)
    {
        var section = configuration.GetSection("Linli:Encryption");
        var keys = section.GetSection("Keys").GetChildren().ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value ?? ""));
        var active = section["ActiveKey"];
        var lookup = section["LookupKey"];
        if (keys.Count > 0 && active is not null && lookup is not null)
            return Checked(new FieldKeyRing(active, keys, Convert.FromBase64String(lookup)));
        return LoadOrCreateFile(Path.Combine(dataDirectory, "keys", "field-keys.json"), logger);
    }

    private static FieldKeyRing LoadOrCreateFile(string file, ILogger logger)
    {
        logger.LogWarning("Field encryption keys are not configured; using {File}. Keep keys outside the data folder in production.", file);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var created = new StoredKeys("k1", new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            File.WriteAllText(file, JsonSerializer.Serialize(created));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var stored = JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(file))
            ?? throw new InvalidOperationException($"{file} is empty.");
        return Checked(new FieldKeyRing(stored.ActiveKey,
            stored.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value)),
            Convert.FromBase64String(stored.LookupKey)));
    }

    private static FieldKeyRing Checked(FieldKeyRing ring)
    {
        if (!ring.Keys.ContainsKey(ring.ActiveKeyId))
            throw new InvalidOperationException($"The active field key '{ring.ActiveKeyId}' is not among the configured keys.");
        if (ring.Keys.Values.Append(ring.LookupKey).Any(k => k.Length != 32))
            throw new InvalidOperationException("Field encryption keys must be 32 bytes (base64 of 32 random bytes).");
        if (ring.Keys.Keys.Any(id => id.Contains(':', StringComparison.Ordinal)))
            throw new InvalidOperationException("A field key id may not contain ':'.");
        return ring;
    }

    private sealed record StoredKeys(string ActiveKey, Dictionary<string, string> Keys, string LookupKey);
}
