using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Linli.Web.Platform.Privacy;

/// <summary>Encrypts on the way to the database and decrypts on the way back; the purpose binds a value to its column.</summary>
public sealed class EncryptedStringConverter(FieldEncryptor encryptor, string purpose) : ValueConverter<string, string>(
    v => encryptor.Encrypt(v, purpose),
    v => encryptor.Decrypt(v, purpose));
