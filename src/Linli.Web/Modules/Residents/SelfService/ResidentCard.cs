using Microsoft.AspNetCore.DataProtection;

namespace Linli.Web.Modules.Residents.SelfService;

/// <summary>
/// A resident's personal code, shown as a QR in the portal for staff to scan at check-in or at the reading
/// room desk. It names the register entry through data protection, so it cannot be forged or guessed from
/// an id, and it says nothing about the person to anyone who reads it.
/// </summary>
public sealed class ResidentCard(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("Linli.ResidentCard.v1");

    public string CodeFor(int residentId) => protector.Protect(residentId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public int? Read(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        try
        {
            return int.TryParse(protector.Unprotect(code.Trim()), out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
