using Microsoft.AspNetCore.Identity;

namespace Linli.Web.Platform.Identity;

/// <summary>
/// What Identity's own options cannot say: a password needs a letter as well as a digit, at most 128 characters,
/// and must not be one that guessing lists try first (a well-known password, one character repeated, a run on the
/// keyboard or the number line).
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<LinliUser>
{
    public const int MaximumLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty123", "qwertyuiop", "1qaz2wsx",
        "abc12345", "abcd1234", "a1234567", "a12345678", "aa123456", "admin123", "admin1234", "administrator1", "root1234",
        "iloveyou1", "woaini1314", "woaini520", "5201314a", "welcome1", "linli123", "zxcvbnm1", "asdf1234", "qaz123456",
    };

    private static readonly string[] Runs = ["0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public Task<IdentityResult> ValidateAsync(UserManager<LinliUser> manager, LinliUser user, string? password)
    {
        password ??= "";
        var lower = password.ToLowerInvariant();
        var error = password switch
        {
            { Length: > MaximumLength } => "PasswordTooLong",
            _ when !password.Any(char.IsLetter) => "PasswordRequiresLetter",
            _ when Common.Contains(password) || password.Distinct().Count() <= 2 || Runs.Any(r => r.Contains(lower, StringComparison.Ordinal))
                => "PasswordTooCommon",
            _ => null,
        };
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = error, Description = error }));
    }
}
