using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Demo;

/// <summary>
/// Invented people for demo data at a district's scale (a grant program's 33 communities): households of one to
/// three with common names and plausible ages, no ID number and no phone, written in bulk. The system only; every
/// page that shows them shows an ordinary register.
/// </summary>
public sealed class InventedResidents(LinliDb db, AccessScope scope, TimeProvider clock)
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private const string Given = "秀英桂兰建国玉珍志强丽文华淑芬国庆小军素珍海燕德明明辉春梅红霞家豪子涵欣怡浩然雨桐俊杰晓燕";

    /// <summary>Adds <paramref name="count"/> people to the community (no unit: the register's community level) and returns their ids.</summary>
    public async Task<IReadOnlyList<int>> AddAsync(int communityId, int count, Random random, CancellationToken cancellationToken)
    {
        if (!scope.IsSystem) throw new InvalidOperationException("Invented residents are added by the system only.");
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var sizes = new List<int>();
        for (var left = count; left > 0; left -= sizes[^1]) sizes.Add(Math.Min(left, random.Next(1, 4)));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var households = sizes.Select(_ => new Household(communityId, null, now)).ToList();
        await new BulkInserter<Household>(db).InsertAsync(households, cancellationToken);
        var people = households.Zip(sizes).SelectMany(h => Enumerable.Range(0, h.Second).Select(n => new Resident(h.First, Person(random, today, n), null, now))).ToList();
        await new BulkInserter<Resident>(db).InsertAsync(people, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. people.Select(p => p.Id)];
    }

    private static ResidentDetails Person(Random random, DateOnly today, int inHousehold)
    {
        var name = $"{Surnames[random.Next(Surnames.Length)]}{Given.Substring(random.Next(Given.Length / 2) * 2, random.Next(2) + 1)}";
        // Community activities draw elders most: half the invented people are 60 or older.
        var age = random.NextDouble() < 0.5 ? random.Next(60, 92) : random.Next(6, 60);
        var born = today.AddYears(-age).AddDays(-random.Next(365));
        return new ResidentDetails(name, random.Next(2) == 0 ? Gender.Male : Gender.Female, born, null, null, inHousehold == 0 ? "户主" : "家庭成员", null, "演示数据（编造）");
    }
}
