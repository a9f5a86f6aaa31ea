using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Demo;

/// <summary>
/// The people the seeds count, registered so the dashboards show the seeds' figures. Two of seed 002's case communities:
/// 新南路's <b>985 residents of 70 and over</b> in its 52 old courtyards, with younger neighbours and the 陪读 families
/// around them; 吉福's <b>118 disabled residents</b> (42 of them 80 or over, 36 severely disabled, 7 in hardship) among
/// 700 people, each visited in the project's <b>three rounds</b> of home visits from November 2019 to January 2020. Every
/// person, kind and grade of disability, and what the visits found, is invented; the figures are the seed's. And 锦城's
/// 安康社区 as seed 000's B社区 (its composite space's 500+ direct beneficiaries: the activities module's CompositeSpaceDemo):
/// 620 people of a resettlement community, 240 in 安康家园一期's flats and the rest registered while their flats in the later
/// phases are built.
/// </summary>
public sealed class CountedPeopleDemo(LinliDb db, InventedResidents invented, CareService care) : IDemoContributor
{
    public const int Aged70 = 985, XinnanluYounger = 1_300;
    public const int Disabled = 118, DisabledAged80 = 42, Severe = 36, InHardship = 7, JifuPeople = 700;
    public const int AnkangInFlats = 240, AnkangAwaitingFlats = 380;
    private const string Visitor = "助益前行项目社工（编造）";

    public int Order => 12;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var random = new Random(985);
        if (await CommunityAsync("新南路社区", cancellationToken) is { } xinnanlu) await XinnanluAsync(xinnanlu, random, cancellationToken);
        if (await CommunityAsync("吉福社区", cancellationToken) is { } jifu) await JifuAsync(jifu, random, cancellationToken);
        if (await CommunityAsync("安康社区", cancellationToken) is { } ankang) await AnkangAsync(ankang, random, cancellationToken);
    }

    private async Task XinnanluAsync(RegionNode community, Random random, CancellationToken cancellationToken)
    {
        var flats = await FlatsAsync(community, cancellationToken);
        // Most elders are in their seventies; the younger are the 陪读 families (children at 龙江路小学) and working adults.
        var people = Enumerable.Range(0, Aged70).Select(_ => new InventedPerson(random.NextDouble() < 0.6 ? random.Next(70, 80) : random.Next(80, 97)))
            .Concat(Enumerable.Range(0, XinnanluYounger).Select(_ => new InventedPerson(random.NextDouble() < 0.25 ? random.Next(6, 14) : random.Next(14, 70))))
            .OrderBy(_ => random.Next()).ToList();
        await invented.AddAsync(community.Id, people, flats, random, cancellationToken);
    }

    private async Task JifuAsync(RegionNode community, Random random, CancellationToken cancellationToken)
    {
        DisabilityKind[] kinds = [DisabilityKind.Physical, DisabilityKind.Physical, DisabilityKind.Physical, DisabilityKind.Visual, DisabilityKind.Hearing, DisabilityKind.Speech,
            DisabilityKind.Intellectual, DisabilityKind.Mental, DisabilityKind.Multiple];
        var disabled = Enumerable.Range(0, Disabled).Select(n => new InventedPerson(n < DisabledAged80 ? random.Next(80, 95) : random.Next(8, 80),
            new DisabilityInput(kinds[random.Next(kinds.Length)], n % 3 == 0 && n / 3 < Severe ? random.Next(1, 3) : random.Next(3, 5)), LowIncome: n % 16 == 3 && n / 16 < InHardship));
        var others = Ages(JifuPeople - Disabled, random);
        var people = disabled.Concat(others).OrderBy(_ => random.Next()).ToList();
        var ids = await invented.AddAsync(community.Id, people, [], random, cancellationToken);

        // The project's three rounds: meet and file, come back about the needs found, and the Spring Festival visit.
        (DateOnly Starts, string Findings)[] rounds =
        [
            (new(2019, 11, 4), "第一轮入户：建立档案，了解家庭情况、康复和出行需求（演示数据，编造）"),
            (new(2019, 12, 2), "第二轮入户：回应上次提出的需求，介绍自助小组和助残志愿者（演示数据，编造）"),
            (new(2020, 1, 6), "第三轮入户：春节前慰问，邀请参加自助活动（演示数据，编造）"),
        ];
        var visited = ids.Zip(people).Where(x => x.Second.Disability is not null).Select(x => x.First).ToList();
        foreach (var (starts, findings) in rounds)
        {
            for (var n = 0; n < visited.Count; n++)
                await care.RecordVisitAsync(visited[n], new VisitRequest(starts.AddDays(n % 20), VisitKind.HomeVisit, Visitor, findings, null, null), "demo", cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task AnkangAsync(RegionNode community, Random random, CancellationToken cancellationToken)
    {
        var flats = await FlatsAsync(community, cancellationToken);
        await invented.AddAsync(community.Id, [.. Ages(AnkangInFlats, random)], flats, random, cancellationToken);
        await invented.AddAsync(community.Id, [.. Ages(AnkangAwaitingFlats, random)], [], random, cancellationToken);
    }

    /// <summary>People of all ages, a third of them 60 or older.</summary>
    private static IEnumerable<InventedPerson> Ages(int count, Random random) =>
        Enumerable.Range(0, count).Select(_ => new InventedPerson(random.NextDouble() < 0.33 ? random.Next(60, 92) : random.Next(1, 60)));

    private Task<List<int>> FlatsAsync(RegionNode community, CancellationToken cancellationToken) =>
        db.Regions.Where(r => r.Kind == RegionKind.Unit && r.Path.StartsWith(community.Path)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);

    private Task<RegionNode?> CommunityAsync(string name, CancellationToken cancellationToken) =>
        db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == name, cancellationToken);
}
