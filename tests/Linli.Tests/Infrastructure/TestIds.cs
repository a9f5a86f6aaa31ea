namespace Linli.Tests.Infrastructure;

/// <summary>Makes valid GB 11643 ID numbers for test people (area 510107, Wuhou District).</summary>
public static class TestIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int sequence = 100;

    public static string Make(DateOnly birth, bool male)
    {
        var serial = Interlocked.Increment(ref sequence) % 500 * 2 + (male ? 1 : 0);
        var body = $"510107{birth:yyyyMMdd}{serial:000}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string Broken(string id) => id[..17] + (id[17] == '1' ? '2' : '1');
}
