using System.Xml.Linq;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Privacy;

/// <summary>
/// Where the data-protection key ring (cookies, bearer tokens, antiforgery) lives. On PostgreSQL it is a table of
/// the one database, so every host behind the load balancer accepts every host's cookies and tokens; each key is
/// sealed with the field key ring (AES-256-GCM, as sensitive fields are), so a copy of the database alone opens
/// nothing. On SQLite (one host) it stays a folder beside the data, or Linli:DataProtection:KeysPath.
/// </summary>
public static class DataProtectionKeys
{
    internal const string Purpose = "platform_dataprotection_keys.Xml";

    public static void AddDataProtectionKeys(this WebApplicationBuilder builder, LinliOptions options)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("Linli");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            protection.PersistKeysToDbContext<PostgresLinliDb>();
            builder.Services.AddOptions<KeyManagementOptions>().Configure<FieldEncryptor>((o, encryptor) => o.XmlEncryptor = new FieldKeyXmlEncryptor(encryptor));
            return;
        }
        var keysPath = builder.Configuration["Linli:DataProtection:KeysPath"]
            ?? Path.Combine(options.ResolveDataDirectory(builder.Environment.ContentRootPath), "keys", "dataprotection");
        protection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
    }

    public static void ConfigureDataProtectionKeys(this ModelBuilder builder) =>
        builder.Entity<DataProtectionKey>().ToTable("platform_dataprotection_keys");
}

/// <summary>Seals a data-protection key's XML with the field key ring before it is stored.</summary>
public sealed class FieldKeyXmlEncryptor(FieldEncryptor encryptor) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("sealedKey", encryptor.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting), DataProtectionKeys.Purpose)),
            typeof(FieldKeyXmlDecryptor));
}

/// <summary>Opens what <see cref="FieldKeyXmlEncryptor"/> sealed; data protection creates it by type, with the services.</summary>
public sealed class FieldKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<FieldEncryptor>().Decrypt(encryptedElement.Value, DataProtectionKeys.Purpose));
}
