using System.Security.Cryptography;
using Linli.Web.Platform.Privacy;

namespace Linli.Tests.Platform.Privacy;

public sealed class FieldEncryptorTests
{
    private static FieldKeyRing Ring(string active, params string[] ids) =>
        new(active, ids.ToDictionary(id => id, _ => RandomNumberGenerator.GetBytes(32)), RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_value_comes_back_and_never_looks_the_same_twice()
    {
        var encryptor = new FieldEncryptor(Ring("k1", "k1"));
        var first = encryptor.Encrypt("110101199003071234", "residents.IdNumber");
        var second = encryptor.Encrypt("110101199003071234", "residents.IdNumber");
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("1101011990", first);
        Assert.StartsWith("enc:v1:k1:", first);
        Assert.Equal("110101199003071234", encryptor.Decrypt(first, "residents.IdNumber"));
    }

    [Fact]
    public void A_changed_ciphertext_or_a_value_moved_to_another_column_fails_to_decrypt()
    {
        var encryptor = new FieldEncryptor(Ring("k1", "k1"));
        var sealedValue = encryptor.Encrypt("13812345678", "users.Phone");
        var bytes = Convert.FromBase64String(sealedValue["enc:v1:k1:".Length..]);
        bytes[^1] ^= 1;
        var tampered = "enc:v1:k1:" + Convert.ToBase64String(bytes);
        Assert.ThrowsAny<CryptographicException>(() => encryptor.Decrypt(tampered, "users.Phone"));
        Assert.ThrowsAny<CryptographicException>(() => encryptor.Decrypt(sealedValue, "users.Notes"));
    }

    [Fact]
    public void After_rotation_old_values_still_open_and_new_ones_use_the_new_key()
    {
        var keys = Ring("k1", "k1");
        var before = new FieldEncryptor(keys).Encrypt("13812345678", "p");
        var rotated = new FieldEncryptor(keys with { ActiveKeyId = "k2", Keys = new Dictionary<string, byte[]>(keys.Keys) { ["k2"] = RandomNumberGenerator.GetBytes(32) } });
        Assert.Equal("13812345678", rotated.Decrypt(before, "p"));
        Assert.True(rotated.NeedsReencryption(before));
        Assert.StartsWith("enc:v1:k2:", rotated.Encrypt("13812345678", "p"));
    }

    [Fact]
    public void Lookups_match_equal_values_only_and_depend_on_the_key()
    {
        var one = new FieldEncryptor(Ring("k1", "k1"));
        var other = new FieldEncryptor(Ring("k1", "k1"));
        Assert.Equal(one.Lookup("13812345678"), one.Lookup("13812345678"));
        Assert.NotEqual(one.Lookup("13812345678"), one.Lookup("13812345679"));
        Assert.NotEqual(one.Lookup("13812345678"), other.Lookup("13812345678"));
    }
}
