using System.Security.Claims;
using Linli.Web.Modules.Activities.Spaces;
using Linli.Web.Modules.Groups;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations.Demo;

/// <summary>
/// Seed 001's three Guanzhuang pilot stations of 2019 under a street of their own (its name says it is an example):
/// 惠东 with its persona 小惠 and "365在线服务" and two groups sharing one micro-project (以老带新), 惠西 with the four
/// groups it incubated through micro-projects on hot issues, 丽景苑 with its three rooms, its two flagship
/// organizations and the four-rung ladder 督导 → 社会工作师 → 助理社会工作师 → 居民骨干; trainings in the four content
/// areas and an outside expert's group supervision. The seed gives no hours: they are invented. And 青桐's station,
/// where the demo's accounts work (their profiles linked to them), with its rooms from the spaces already there and a
/// volunteer training in its volunteers' records.
/// </summary>
public sealed class StationsDemo(Platform.Data.LinliDb db, StationsService stations, StaffService staff, TrainingsService trainings, SupervisionService supervision,
    LadderService ladder, SpacesService spaces, GroupsService groups, Residents.ResidentDirectory residents, Volunteers.StationTrainingRecords volunteerRecords,
    TimeProvider clock) : IDemoContributor
{
    public int Order => 97;

    private static readonly IReadOnlyList<OpeningView> SixDays =
        [.. Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday).Select(d => new OpeningView(d, new TimeOnly(9, 0), new TimeOnly(17, 30)))];

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system"), new Claim(ClaimTypes.Role, Roles.CommunityStaff)], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var district = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.District, cancellationToken);
        if (district is null) return;
        var today = Platform.Localization.ChinaTime.Today(clock);
        var (huidong, huixi, lijingyuan) = await GuanzhuangAsync(district, cancellationToken);

        var hd = await stations.CreateAsync(new StationInput(huidong, "惠东社区社工站", "小惠", "周一至周六 9:00—17:30", "个案、小组、社区活动、365在线服务",
            "“小惠”365在线服务：微信群与热线全年在线"), cancellationToken);
        var hdOld = await GroupAsync(huidong, "惠东睦邻志愿队", GroupKind.VolunteerTeam, today.AddYears(-4), GroupStage.Independent, cancellationToken);
        var hdNew = await GroupAsync(huidong, "惠东楼门议事会", GroupKind.SelfManagement, today.AddMonths(-10), GroupStage.Incubating, cancellationToken);
        await stations.AddMicroProjectAsync(hd, new NewMicroProject("楼道环境共治", hdOld, hdNew, today.AddMonths(-9), today.AddMonths(-3),
            "两支社区社会组织共同承接，骨干力量共同完成，以老带新、陪伴成长"), cancellationToken);

        var hx = await stations.CreateAsync(new StationInput(huixi, "惠西社区社工站", null, "周一至周五 9:00—17:00", "个案、小组、社区社会组织孵化"), cancellationToken);
        var hxGroups = new List<int>();
        foreach (var (name, kind) in new[] { ("物业连桥社", GroupKind.SelfManagement), ("青萌社", GroupKind.InterestClub), ("益民社", GroupKind.VolunteerTeam),
                     ("社区矛盾调解队", GroupKind.VolunteerTeam) })
            hxGroups.Add(await GroupAsync(huixi, name, kind, today.AddMonths(-14), GroupStage.Growing, cancellationToken));
        await stations.AddMicroProjectAsync(hx, new NewMicroProject("物业与居民连心桥", hxGroups[0], null, today.AddMonths(-12), today.AddMonths(-6),
            "围绕物业服务热点问题孵化社区社会组织"), cancellationToken);

        var lj = await stations.CreateAsync(new StationInput(lijingyuan, "丽景苑社区社工站", null, "周一至周六 9:00—17:30", "个案、小组、专业学习、为老服务",
            Rules: "1. 值班制度：工作日每天一名社工值守。\n2. 个案工作室预约使用，记录保密。\n3. 每月一次团体督导。"), cancellationToken);
        foreach (var (name, kind, purpose) in new[] { ("个案工作室（心理咨询室）", SpaceKind.CaseworkRoom, RoomPurpose.Casework),
                     ("小组活动室（培训会议室）", SpaceKind.GroupRoom, RoomPurpose.Group), ("专业学习空间", SpaceKind.Other, RoomPurpose.Learning) })
        {
            var space = await spaces.CreateViewAsync(new NewSpace(lijingyuan, name, purpose == RoomPurpose.Casework ? 4 : 20, false, SixDays, kind), cancellationToken);
            await stations.AddRoomAsync(lj, new StationRoomInput(space.Id, purpose), cancellationToken);
        }
        await GroupAsync(lijingyuan, "党群服务促进会", GroupKind.Alliance, today.AddYears(-3), GroupStage.Independent, cancellationToken);
        await GroupAsync(lijingyuan, "同心为老服务社", GroupKind.VolunteerTeam, today.AddYears(-2), GroupStage.Growing, cancellationToken);
        await LadderAsync(lijingyuan, today, cancellationToken);

        await QingtongAsync(today, cancellationToken);
    }

    /// <summary>丽景苑's ladder (seed 001): the outside supervisor supports the social worker, who supports the assistant, who supports two activists.</summary>
    private async Task LadderAsync(int community, DateOnly today, CancellationToken cancellationToken)
    {
        var expert = await staff.CreateAsync(new NewStaff(community, "孟督导", Qualification.Senior, "GJ2012-0088（编造）", new DateOnly(2012, 11, 1), "某高校社会工作系（外部专家）",
            "督导"), cancellationToken);
        var worker = await staff.CreateAsync(new NewStaff(community, "韩社工", Qualification.SocialWorker, "ZJ2017-3321（编造）", new DateOnly(2017, 12, 1), "丽景苑社区社工站",
            "中级社工师", "个案、小组"), cancellationToken);
        var assistant = await staff.CreateAsync(new NewStaff(community, "许助理", Qualification.Assistant, "ZL2020-1450（编造）", new DateOnly(2020, 12, 1), "丽景苑社区社工站",
            "助理社工师", "活动策划"), cancellationToken);
        var activists = new List<int>();
        foreach (var name in new[] { "丁阿姨", "彭大爷" })
            activists.Add(await staff.CreateAsync(new NewStaff(community, name, Qualification.None, Employer: "丽景苑社区居民", Role: "居民骨干"), cancellationToken));

        var start = today.AddMonths(-18);
        await ladder.LinkAsync(new NewLadderLink(expert, worker, start), cancellationToken);
        await ladder.LinkAsync(new NewLadderLink(worker, assistant, start), cancellationToken);
        foreach (var activist in activists) await ladder.LinkAsync(new NewLadderLink(assistant, activist, start.AddMonths(2)), cancellationToken);

        // The four content areas of seed 001, online and offline; the hours are invented.
        (string Title, decimal Hours, int MonthsAgo, TrainingAudience Audience, int[] Who)[] plan =
        [
            ("服务技能：个案会谈与入户沟通", 6m, 10, TrainingAudience.Staff, [worker, assistant]),
            ("心理减压：社工的自我照顾（线上）", 2m, 7, TrainingAudience.Staff, [worker, assistant]),
            ("项目化运作管理：小微项目从申请到结项", 4m, 4, TrainingAudience.Activists, [assistant, .. activists]),
            ("资源整合：辖区单位与睦邻点", 3m, 1, TrainingAudience.Activists, [worker, .. activists]),
        ];
        foreach (var (title, hours, monthsAgo, audience, who) in plan)
        {
            var training = await trainings.CreateAsync(new NewTraining(community, title, hours, today.AddMonths(-monthsAgo), audience, "孟督导（外部专家）",
                "线上线下相结合、常态化与节点式相结合"), cancellationToken);
            await trainings.RecordAttendanceAsync(training, new TrainingAttendanceInput(who), cancellationToken);
        }
        for (var monthsAgo = 3; monthsAgo >= 1; monthsAgo--)
            await supervision.RecordAsync(new NewSupervision(expert, [worker, assistant], today.AddMonths(-monthsAgo), 2m, SupervisionKind.Group,
                "个案复盘、项目化运作", FollowUp: "整理本月个案记录，下次督导前交给督导"), cancellationToken);
        await supervision.RecordAsync(new NewSupervision(worker, [assistant], today.AddDays(-10), 1m, SupervisionKind.Individual, "骨干培育计划"), cancellationToken);
    }

    /// <summary>青桐's station: its rooms are the spaces already there; its social worker supports the assistant (the demo's accounts 周老师 and 吴同学).</summary>
    private async Task QingtongAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var qingtong = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (qingtong is null) return;
        var station = await stations.CreateAsync(new StationInput(qingtong.Id, "青桐社区社工站", "小桐", "周二至周日 9:00—21:00", "个案、小组、儿童阅读、为老服务"),
            cancellationToken);
        foreach (var space in await spaces.ListAsync(qingtong.Id, cancellationToken))
            if (space.Kind is SpaceKind.CaseworkRoom or SpaceKind.GroupRoom or SpaceKind.ReadingCorner)
                await stations.AddRoomAsync(station, new StationRoomInput(space.Id, space.Kind switch
                {
                    SpaceKind.CaseworkRoom => RoomPurpose.Casework,
                    SpaceKind.GroupRoom => RoomPurpose.Group,
                    _ => RoomPurpose.Learning,
                }), cancellationToken);
        var lead = await staff.CreateAsync(new NewStaff(qingtong.Id, "李主任", Qualification.SocialWorker, "ZJ2015-0316（编造）", new DateOnly(2015, 12, 1), "青桐社区居委会",
            "督导", UserId: "qingtong"), cancellationToken);
        var worker = await staff.CreateAsync(new NewStaff(qingtong.Id, "周老师", Qualification.SocialWorker, "ZJ2019-0712（编造）", new DateOnly(2019, 12, 1), "青桐社区社工站",
            "社工", UserId: "qtshegong"), cancellationToken);
        var assistant = await staff.CreateAsync(new NewStaff(qingtong.Id, "吴同学", Qualification.Assistant, "ZL2024-2210（编造）", new DateOnly(2024, 12, 1), "青桐社区社工站",
            "助理社工", UserId: "qtzhuli"), cancellationToken);
        await ladder.LinkAsync(new NewLadderLink(lead, worker, today.AddYears(-1)), cancellationToken);
        await ladder.LinkAsync(new NewLadderLink(worker, assistant, today.AddMonths(-6)), cancellationToken);
        await supervision.RecordAsync(new NewSupervision(lead, [worker], today.AddDays(-50), 1.5m, SupervisionKind.Individual, "个案督导：独居老人的首次接触"),
            cancellationToken);

        // A volunteer training: the station's own, written into the volunteers' Order 67 training records.
        var volunteers = await volunteerRecords.OfResidentsAsync(qingtong.Id, [.. (await residents.LivingInAsync(qingtong.Id, cancellationToken)).Select(r => r.Id)],
            cancellationToken);
        var training = await trainings.CreateAsync(new NewTraining(qingtong.Id, "志愿者入户探访礼仪与安全", 2m, today.AddDays(-14), TrainingAudience.Volunteers, "周老师",
            "入户前的预约、进门与离开、发现异常时的报告"), cancellationToken);
        await trainings.RecordAttendanceAsync(training, new TrainingAttendanceInput([worker]), cancellationToken);
        if (volunteers.Count > 0) await trainings.RecordVolunteersAsync(training, new TrainingVolunteersInput([.. volunteers.Values]), cancellationToken);
    }

    private Task<int> GroupAsync(int community, string name, GroupKind kind, DateOnly founded, GroupStage stage, CancellationToken cancellationToken) =>
        groups.FoundAsync(new NewGroup(community, name, kind, "由社工站孵化陪伴", founded, null), stage, Staff, cancellationToken);

    private async Task<(int Huidong, int Huixi, int Lijingyuan)> GuanzhuangAsync(RegionNode district, CancellationToken cancellationToken)
    {
        var created = await DemoRegions.StreetAsync(db, district, "管庄地区（示例）", "510107098", ["惠东社区", "惠西社区", "丽景苑社区"], clock.GetUtcNow().UtcDateTime,
            cancellationToken);
        return (created[0].Id, created[1].Id, created[2].Id);
    }
}
