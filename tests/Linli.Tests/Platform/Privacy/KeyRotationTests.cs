using System.Security.Cryptography;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Platform.Privacy;

/// <summary>A host whose configuration holds two field keys, the second one active: the state right after a rotation.</summary>
public sealed class RotatedKeysFactory : LinliFactory
{
    public static readonly byte[] OldKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] NewKey = RandomNumberGenerator.GetBytes(32);
    public static readonly byte[] LookupKey = RandomNumberGenerator.GetBytes(32);

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Linli:Encryption:ActiveKey", "k2"),
        new("Linli:Encryption:Keys:k1", Convert.ToBase64String(OldKey)),
        new("Linli:Encryption:Keys:k2", Convert.ToBase64String(NewKey)),
        new("Linli:Encryption:LookupKey", Convert.ToBase64String(LookupKey)),
    ];
}

public sealed class KeyRotationTests(RotatedKeysFactory factory) : IClassFixture<RotatedKeysFactory>
{
    [Fact]
    public async Task Reencrypting_seals_old_values_with_the_active_key_and_keeps_them_readable()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        await TestTree.CreateUserAsync(admin, "rotated", "SocialWorker", tree.CommunityA, "13600001111");

        // Put the phone back as it was sealed before the rotation: with the old key.
        var old = new FieldEncryptor(new FieldKeyRing("k1", new Dictionary<string, byte[]> { ["k1"] = RotatedKeysFactory.OldKey }, RotatedKeysFactory.LookupKey));
        var sealedWithOld = old.Encrypt("13600001111", "platform_users.PhoneNumber");
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE platform_users SET \"PhoneNumber\" = {sealedWithOld} WHERE \"UserName\" = 'rotated'"));

        var count = 0;
        await factory.WithServicesAsync(async services => count = await services.GetRequiredService<Reencryptor>().ReencryptAllAsync());
        Assert.True(count >= 1);

        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"PhoneNumber\" AS \"Value\" FROM platform_users WHERE \"UserName\" = 'rotated'").SingleAsync());
        Assert.StartsWith("enc:v1:k2:", stored);
        var phone = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "rotated").Select(u => u.PhoneNumber).SingleAsync());
        Assert.Equal("13600001111", phone);
    }
}
