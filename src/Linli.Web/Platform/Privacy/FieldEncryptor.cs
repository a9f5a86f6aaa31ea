using System.Security.Cryptography;
using System.Text;

namespace Linli.Web.Platform.Privacy;

/// <summary>
/// AES-256-GCM for sensitive fields. Stored form: "enc:v1:{keyId}:{base64(nonce|tag|ciphertext)}".
/// The key id lets old values decrypt after the active key changes (rotation); the purpose (table
/// and column) is authenticated data, so a value copied into another column fails to decrypt.
/// </summary>
public sealed class FieldEncryptor(FieldKeyRing keys)
{
    private const string Prefix = "enc:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string ActiveKeyId => keys.ActiveKeyId;

    public string Encrypt(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Keys[keys.ActiveKeyId], TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return $"{Prefix}{keys.ActiveKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Decrypt(string stored, string purpose)
    {
        // Values written before a column was marked sensitive are read as they are; `reencrypt` seals them.
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) return stored;
        var rest = stored.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        var keyId = rest[..colon].ToString();
        if (!keys.Keys.TryGetValue(keyId, out var key))
            throw new CryptographicException($"Field key '{keyId}' is not in the key ring; it was removed before its values were re-encrypted.");
        var data = Convert.FromBase64String(rest[(colon + 1)..].ToString());
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>True when a stored value is sealed with a key other than the active one (or not sealed at all).</summary>
    public bool NeedsReencryption(string stored) => !stored.StartsWith($"{Prefix}{keys.ActiveKeyId}:", StringComparison.Ordinal);

    /// <summary>
    /// A keyed hash for exact-match lookups of an encrypted value (a "blind index"): equal inputs give
    /// equal outputs, and without the lookup key the hash says nothing about the value.
    /// </summary>
    public string Lookup(string normalizedValue)
    {
        var hash = HMACSHA256.HashData(keys.LookupKey, Encoding.UTF8.GetBytes(normalizedValue));
        return Convert.ToHexStringLower(hash);
    }
}
