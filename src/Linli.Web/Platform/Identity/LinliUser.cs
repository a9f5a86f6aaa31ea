using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Identity;

/// <summary>A person who signs in: staff of every level, group leaders and residents.</summary>
public sealed class LinliUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Keyed hash of the phone number, so sign-in by phone works while the number itself stays encrypted.</summary>
    public string? PhoneLookup { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When an administrator disabled the account; a disabled account cannot sign in and its sessions end.</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>Set by an administrator's reset: the temporary password opens nothing but the change of itself.</summary>
    public bool MustChangePassword { get; set; }
}
