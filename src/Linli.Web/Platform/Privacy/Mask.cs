namespace Linli.Web.Platform.Privacy;

/// <summary>Server-side masking for display (GB/T 35273 §7.2). Masked values are what screens, exports and the API show by default.</summary>
public static class Mask
{
    /// <summary>ID number: first 6 and last 4 kept, "110101********1234".</summary>
    public static string? IdNumber(string? value) => Keep(value, 6, 4);

    /// <summary>Phone: first 3 and last 4 kept, "138****5678".</summary>
    public static string? Phone(string? value) => Keep(value, 3, 4);

    /// <summary>Names keep the family name: "张**".</summary>
    public static string? Name(string? value) => Keep(value, 1, 0);

    private static string? Keep(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value)) return value;
        value = value.Trim();
        // Too short to keep both ends: hide everything but the first character.
        if (value.Length <= head + tail) return value.Length <= 1 ? "*" : value[0] + new string('*', value.Length - 1);
        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
