using Linli.Web.Modules.Activities.Records;
using Linli.Web.Modules.Activities.Spaces;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Demo;

/// <summary>
/// 青桐社区's composite space as seed 000 describes one: open six days a week (closed Mondays), with a children's
/// reading corner, a parent-child area, a casework room only staff book, a group room that needs approval and a hall.
/// Seed 002's rhythm: a monthly birthday party for elders (last one held, recorded and published) and a weekly
/// free clinic ahead.
/// </summary>
public sealed class ActivitiesDemo(Platform.Data.LinliDb db, ResidentDirectory residents, SpacesService spaces, ActivitiesService activities, Attendance.AttendanceTallies tallies, TimeProvider clock) : IDemoContributor
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        await SpacesAsync(community.Id, cancellationToken);
        await BirthdayPartyAsync(community.Id, cancellationToken);
        await FreeClinicAsync(community.Id, cancellationToken);
    }

    private async Task SpacesAsync(int communityId, CancellationToken cancellationToken)
    {
        var sixDays = Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Monday).Select(d => new OpeningView(d, new TimeOnly(9, 0), new TimeOnly(21, 0))).ToList();
        (string Name, SpaceKind Kind, int Capacity, bool Approval, int Buffer, bool Residents)[] rooms =
        [
            ("儿童阅览角", SpaceKind.ReadingCorner, 15, false, 0, true),
            ("亲子活动区", SpaceKind.ParentChild, 20, false, 15, true),
            ("个案室", SpaceKind.CaseworkRoom, 4, false, 0, false),
            ("小组活动室", SpaceKind.GroupRoom, 25, true, 15, true),
            ("多功能厅", SpaceKind.Hall, 80, true, 30, true),
        ];
        foreach (var room in rooms)
            await spaces.CreateAsync(new NewSpace(communityId, room.Name, room.Capacity, room.Approval, sixDays, room.Kind, room.Buffer, 240, 30, room.Residents), cancellationToken);
    }

    /// <summary>
    /// Ten days ago: six elders signed up, five came, 刘建国 filled in the form; the record is on the public page.
    /// 赵志强 and 孙丽 helped and were checked in, so the volunteer desk opens with their hours waiting to be confirmed.
    /// </summary>
    private async Task BirthdayPartyAsync(int communityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = ChinaTime.Today(clock).AddDays(-10).ToDateTime(TimeOnly.MinValue);
        var party = new Activity(communityId, "长者集体生日会", "为本月过生日的长者庆生：志愿者包饺子，社工带大家做手指操。", "多功能厅",
            ChinaTime.ToUtc(day.AddHours(14)), ChinaTime.ToUtc(day.AddHours(16)), 30, ActivityStatus.Published, null, true, now);
        party.Describe("长者关爱", "锦城社工服务中心", null, false);
        db.Add(party);
        await db.SaveChangesAsync(cancellationToken);

        string[] guests = ["王秀英", "李桂兰", "张德明", "何素珍", "刘建国", "陈玉珍"];
        var everyone = await residents.IdsByNameAsync(communityId, cancellationToken);
        var people = guests.Where(everyone.ContainsKey).ToDictionary(name => name, name => everyone[name]);
        foreach (var (name, id) in people)
        {
            db.Add(new Registration(party, id, RegistrationStatus.Confirmed, RegistrationRole.Participant, "qingtong", party.StartsAt.AddDays(-5)));
            if (name != "李桂兰") db.Add(new CheckIn(party, id, false, "qingtong", party.StartsAt.AddMinutes(-10)));
        }
        foreach (var helper in new[] { "赵志强", "孙丽" }.Where(everyone.ContainsKey))
        {
            db.Add(new Registration(party, everyone[helper], RegistrationStatus.Confirmed, RegistrationRole.Helper, "qingtong", party.StartsAt.AddDays(-5)));
            db.Add(new CheckIn(party, everyone[helper], false, "qingtong", party.StartsAt.AddMinutes(-30)));
        }
        if (people.TryGetValue("刘建国", out var grandfather))
            db.Add(new Rating(party, grandfather, new RateRequest(5, "饺子很香，下个月还来。", 5, 4, true), party.EndsAt.AddHours(2)));
        var record = new ActivityRecord(party);
        record.Write("为本月过生日的6位长者庆生，5位到场。志愿者和长者一起包了两百多个饺子，社工带大家做手指操、唱老歌。" +
            "李桂兰阿姨因腿疼没能来，会后社工上门送去了寿面。\n下一步：每月最后一个周六固定举办，邀请家属一起参加。", true, "qingtong", party.EndsAt.AddDays(1));
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        // Seats and status as the sign-ups and the end of the day would have left them.
        await db.Set<Activity>().Where(a => a.Id == party.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ConfirmedCount, people.Count).SetProperty(a => a.Status, ActivityStatus.Finished), cancellationToken);
        await tallies.RecountAsync(communityId, cancellationToken);
    }

    /// <summary>Every Wednesday morning for the next four weeks, the series the party's public page offers as what comes next.</summary>
    private async Task FreeClinicAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var daysAhead = ((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 6) % 7 + 1; // 1–7: the coming Wednesday, never today
        var wednesday = today.AddDays(daysAhead).ToDateTime(TimeOnly.MinValue);
        await activities.CreateSeriesAsync(new NewActivity(communityId, "健康义诊：量血压、测血糖", "社区卫生服务中心的医生坐诊，带上医保卡和常用药。", "多功能厅",
            wednesday.AddHours(9), wednesday.AddHours(11), 40, ActivityStatus.Published, null, true, Category: "健康"), SeriesFrequency.Weekly, 4, cancellationToken);
    }
}
