using Linli.Web.Modules.Residents.Owners;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies.Demo;

/// <summary>
/// Seed 002 case 9: 燃灯寺北街63号 (133 households) founds its owners' committee in two assemblies. The first, by
/// written consultation, adopted the three founding documents and is closed, counted and published; the second, the election, is open with
/// the volunteers' door-to-door round under way. The owners' names and the flats' areas are invented (the seed gives
/// none); how each owner chose is invented too, shaped like a divided compound that still agreed. 刘建国 (the jumin
/// account) owns the first flat and has not voted in the election yet: he votes on his phone himself.
/// </summary>
public sealed class AssembliesDemo(Platform.Data.LinliDb db, OwnersService owners, AssembliesService assemblies, AssemblyPublication publication,
    CompoundGovernance governance, Residents.ResidentDirectory residents, TimeProvider clock)
    : IDemoContributor
{
    public int Order => 60;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林"];
    private static readonly string[] GivenNames = ["建华", "秀兰", "国强", "桂英", "志明", "玉梅", "德胜", "淑珍", "文博", "丽华", "永福", "春燕", "海涛", "金凤", "明远", "素芬"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var compound = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Compound && r.Name == "燃灯寺北街63号", cancellationToken);
        if (compound is null) return;
        var units = await db.Regions.Where(r => r.Kind == RegionKind.Unit && r.Path.StartsWith(compound.Path)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var random = new Random(63);
        var today = ChinaTime.Today(clock);
        // Distinct names: without an ID number on the register, one name on two flats reads as one owner of both.
        var names = Surnames.SelectMany(s => GivenNames.Select(g => s + g)).OrderBy(_ => random.Next()).Take(units.Count).ToList();
        var liu = (await residents.IdsByNameAsync(compound.ParentId!.Value, cancellationToken)).TryGetValue(PortalOwner, out var id) ? id : (int?)null;
        for (var i = 0; i < units.Count; i++)
        {
            var owner = i == 0 && liu is not null ? new OwnerInput(units[i], OwnerKind.Person, liu, null, null, null, null, null, today.AddYears(-20))
                : new OwnerInput(units[i], OwnerKind.Person, null, names[i], null, null, null, null, today.AddYears(-20));
            await owners.RecordAsync(owner, cancellationToken);
        }

        // Assembly 1: the rules of procedure, the covenant and the committee's working rules, by written consultation.
        var founding = await assemblies.CreateAsync(new NewAssembly(compound.Id, "第一次业主大会（表决三项制度）", AssemblyMethod.Written, today.AddDays(-40),
            At(today.AddDays(-24), 9), At(today.AddDays(7), 21),
            [new("业主大会议事规则", Matter.RulesOfProcedure), new("管理规约", Matter.ManagementCovenant), new("业主委员会工作规则", Matter.Other)]), cancellationToken);
        await assemblies.OpenAsync(founding.Id, cancellationToken);
        await VoteAsync(founding.Id, share: 0.86, agree: 0.80, random, cancellationToken);
        await assemblies.CloseAsync(founding.Id, cancellationToken);
        // Counted at the gate before the residents' committee's supervisors, then put up on the board.
        await publication.SignOffAsync(founding.Id, new CountInput("筹备组 高明远、朱春燕", "筹备组 罗琼英", "七道堰社区居务监督委员会 何委员；廉情监督员 林素芬"), cancellationToken);
        await publication.PublishAsync(founding.Id, new PublishInput(null), cancellationToken);
        // The count adopted the rules of procedure and the covenant; the working rules (an "other" matter) are recorded by hand.
        var workingRules = (await assemblies.ItemsAsync(founding.Id, cancellationToken))[2];
        await governance.RecordDocumentAsync(compound.Id, new NewDocument(FoundingKind.CommitteeWorkingRules, founding.Id, workingRules.Id, null, null), cancellationToken);

        // Assembly 2: the election, one item per candidate; banner at the gate, a voting point, students door to door.
        var election = await assemblies.CreateAsync(new NewAssembly(compound.Id, "第一次业主大会（选举业主委员会）", AssemblyMethod.Written, today.AddDays(-16),
            At(today.AddDays(-1), 9), At(today.AddDays(10), 21),
            [.. new[] { "罗琼英", "高明远", "朱春燕", "何德胜", "林素芬" }.Select(c => new NewItem($"选举{c}为业主委员会委员", Matter.ElectCommittee))],
            [new("小区大门口投票点", "每日 9:00–12:00、14:00–18:00"), new("入户征集（学生志愿者）", "每晚 19:00–21:00")]), cancellationToken);
        await assemblies.OpenAsync(election.Id, cancellationToken);
        await VoteAsync(election.Id, share: 0.55, agree: 0.75, random, cancellationToken, except: PortalOwner);
    }

    private const string PortalOwner = "刘建国";

    /// <summary>The given share of the roll votes, at the gate, door to door or at the meeting; each item agreed with the given likelihood.</summary>
    private async Task VoteAsync(int assembly, double share, double agree, Random random, CancellationToken cancellationToken, string? except = null)
    {
        var items = await assemblies.ItemsAsync(assembly, cancellationToken);
        var roll = await assemblies.RollAsync(assembly, cancellationToken);
        BallotChannel[] channels = [BallotChannel.Paper, BallotChannel.DoorToDoor, BallotChannel.DoorToDoor, BallotChannel.Meeting];
        foreach (var voter in roll.Voters.Where(v => random.NextDouble() < share && v.Label != except))
        {
            var choices = items.Select(i => new NewChoice(i.Id, random.NextDouble() < agree ? Choice.Agree : random.NextDouble() < 0.5 ? Choice.Against : Choice.Abstain)).ToList();
            await assemblies.CastAsync(assembly, new NewBallot(voter.Id, channels[random.Next(channels.Length)], choices), cancellationToken);
        }
    }

    private static DateTime At(DateOnly day, int hour) => ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
}
