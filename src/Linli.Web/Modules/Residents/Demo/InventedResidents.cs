using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Demo;

/// <summary>One invented person: their age today, and the sealed tags they carry (a disability, a low-income household).</summary>
public sealed record InventedPerson(int Age, DisabilityInput? Disability = null, bool LowIncome = false);

/// <summary>
/// Invented people for demo data at a district's scale (a grant program's 33 communities, a community's 985 elders):
/// households of one to three with common names, no ID number and no phone, written in bulk. The system only; every
/// page that shows them shows an ordinary register.
/// </summary>
public sealed class InventedResidents(LinliDb db, AccessScope scope, ResidentTagService tags, TimeProvider clock)
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private const string Given = "秀英桂兰建国玉珍志强丽文华淑芬国庆小军素珍海燕德明明辉春梅红霞家豪子涵欣怡浩然雨桐俊杰晓燕";

    /// <summary>Adds <paramref name="count"/> people to the community (no flat: the register's community level) and returns their ids.</summary>
    public Task<IReadOnlyList<int>> AddAsync(int communityId, int count, Random random, CancellationToken cancellationToken) =>
        // Community activities draw elders most: half the invented people are 60 or older.
        AddAsync(communityId, [.. Enumerable.Range(0, count).Select(_ => new InventedPerson(random.NextDouble() < 0.5 ? random.Next(60, 92) : random.Next(6, 60)))], [],
            random, cancellationToken);

    /// <summary>
    /// Adds the people in the order given, in households of one to three: each household in the next of
    /// <paramref name="flats"/> (round again when there are more households than flats), or at the community level when
    /// there are none. Returns their ids in the same order.
    /// </summary>
    public async Task<IReadOnlyList<int>> AddAsync(int communityId, IReadOnlyList<InventedPerson> people, IReadOnlyList<int> flats, Random random,
        CancellationToken cancellationToken)
    {
        if (!scope.IsSystem) throw new InvalidOperationException("Invented residents are added by the system only.");
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var sizes = new List<int>();
        for (var left = people.Count; left > 0; left -= sizes[^1]) sizes.Add(Math.Min(left, random.Next(1, 4)));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var households = sizes.Select((_, n) => new Household(communityId, flats.Count == 0 ? null : flats[n % flats.Count], now)).ToList();
        await new BulkInserter<Household>(db).InsertAsync(households, cancellationToken);
        var next = 0;
        var residents = households.Zip(sizes).SelectMany(h => Enumerable.Range(0, h.Second).Select(n => new Resident(h.First, Person(random, today, people[next++].Age, n), null, now)))
            .ToList();
        await new BulkInserter<Resident>(db).InsertAsync(residents, cancellationToken);
        var flags = residents.Zip(people).SelectMany(x => tags.Build(x.First, [.. SealedTags(x.Second)], x.Second.Disability).Sensitive).ToList();
        await new BulkInserter<CareFlag>(db).InsertAsync(flags, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. residents.Select(p => p.Id)];
    }

    private static IEnumerable<CareTag> SealedTags(InventedPerson person)
    {
        if (person.Disability is not null) yield return CareTags.Disability;
        if (person.LowIncome) yield return CareTags.LowIncomeHousehold;
    }

    /// <summary>Born within the year that makes them <paramref name="age"/> today.</summary>
    private static ResidentDetails Person(Random random, DateOnly today, int age, int inHousehold)
    {
        var name = $"{Surnames[random.Next(Surnames.Length)]}{Given.Substring(random.Next(Given.Length / 2) * 2, random.Next(2) + 1)}";
        var born = today.AddYears(-age).AddDays(-random.Next(365));
        return new ResidentDetails(name, random.Next(2) == 0 ? Gender.Male : Gender.Female, born, null, null, inHousehold == 0 ? "户主" : "家庭成员", null, "演示数据（编造）");
    }
}
