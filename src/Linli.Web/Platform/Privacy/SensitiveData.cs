using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linli.Web.Platform.Privacy;

/// <summary>
/// Marks a string property as sensitive personal information (PIPL Art. 28): it is encrypted at rest
/// and must never be logged. Use the attribute on module entities, or <see cref="SensitiveData.IsSensitive"/>
/// for properties of types we do not own (Identity's PhoneNumber).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

public static class SensitiveData
{
    private const string Annotation = "Linli:Sensitive";

    public static PropertyBuilder<string?> IsSensitive(this PropertyBuilder<string?> property) =>
        property.HasAnnotation(Annotation, true);

    /// <summary>Puts the encrypting converter on every property marked sensitive, whichever way it was marked.</summary>
    public static void EncryptSensitiveProperties(this ModelBuilder builder, FieldEncryptor encryptor)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                var marked = property[Annotation] is true
                    || property.PropertyInfo?.IsDefined(typeof(SensitiveAttribute), inherit: true) == true;
                if (!marked) continue;
                if (property.ClrType != typeof(string))
                    throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name}: only strings can be marked sensitive.");
                var purpose = $"{entity.GetTableName()}.{property.Name}";
                property.SetValueConverter(new EncryptedStringConverter(encryptor, purpose));
                // Ciphertext is longer than the value and not comparable: no length limit, no index.
                property.SetMaxLength(null);
            }
        }
    }
}
