using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Groups.Demo;

/// <summary>
/// 青桐社区's waste-sorting volunteer team (seed 004), led by 郑国庆 through the `zuzhang` account, growing, with a
/// training from the social-work station and a supervisor's note; and a pet owners' club still incubating.
/// </summary>
public sealed class GroupsDemo(Platform.Data.LinliDb db, ResidentDirectory residents, GroupsService groups, TimeProvider clock) : IDemoContributor
{
    public int Order => 25;

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "qingtong"), new Claim(ClaimTypes.Role, Roles.CommunityStaff)], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        var today = Platform.Localization.ChinaTime.Today(clock);

        var team = await groups.CreateAsync(new NewGroup(community.Id, "青桐垃圾分类志愿队", GroupKind.VolunteerTeam,
            "在垃圾收集点值守、指导分类、记录投放；用积分和以物换物鼓励居民参与。", today.AddMonths(-8), "zuzhang"), Staff, cancellationToken);
        await groups.SetStageAsync(team.Id, GroupStage.Growing, Staff, cancellationToken);
        (string Name, MemberRole Role)[] roster = [("郑国庆", MemberRole.Leader), ("刘建国", MemberRole.Core), ("赵志强", MemberRole.Core), ("陈玉珍", MemberRole.Member), ("马海燕", MemberRole.Member)];
        foreach (var (name, role) in roster)
            if (people.TryGetValue(name, out var id))
                await groups.AddMemberAsync(team.Id, new MemberRequest(id, role), Staff, cancellationToken);
        await groups.AddTrainingAsync(team.Id, new TrainingRequest("垃圾分类指导员培训", today.AddMonths(-6), "锦城社工站", 3m, 12), Staff, cancellationToken);
        await groups.AddNoteAsync(team.Id, new NoteRequest(today.AddDays(-14), "值守排班稳定，三个收集点都有人；下一步请队长把积分规则写成公约，贴在收集点。"), Staff, cancellationToken);

        await groups.CreateAsync(new NewGroup(community.Id, "青桐宠物之家", GroupKind.InterestClub, "文明养宠，互助寄养。", today.AddMonths(-2), null), Staff, cancellationToken);
    }
}
