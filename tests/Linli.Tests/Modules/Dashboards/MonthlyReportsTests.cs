using System.Net;
using System.Net.Http.Json;
using System.Text;
using Linli.Tests.Infrastructure;
using Linli.Web.Modules.Dashboards.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Dashboards.DashboardArrange;

namespace Linli.Tests.Modules.Dashboards;

/// <summary>A month's report kept once the month is over, drift from late records beside it, handed in once by its own office; Excel and Word.</summary>
public sealed class MonthlyReportsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static DateOnly LastMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
    private static string Month(DateOnly first) => first.ToString("yyyy-MM");

    private static async Task<byte[]> ReportAsync(HttpClient client, int region, DateOnly month, string format)
    {
        var response = await client.GetAsync($"/api/v1/dashboards/report?regionId={region}&month={Month(month)}&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static IReadOnlyList<string> Row(byte[] workbook, string sheet, string first) => SheetFiles.Rows(workbook, sheet).Single(r => r[0] == first);

    [Fact]
    public async Task A_closed_months_report_keeps_its_figures_shows_late_records_beside_them_and_is_handed_in_once_by_its_office()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var wang = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        var li = await AResident("李桂兰").CreateAsync(staff, tree.UnitA);
        var held = LastMonth.AddDays(14).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var tea = await AnActivity("重阳茶话会").StartingAt(held).CreateAsync(staff, tree.CommunityA);
        await CheckInAsync(staff, tea, wang);

        var kept = await ReportAsync(staff, tree.CommunityA, LastMonth, "xlsx");
        Assert.Equal(["指标", "单位", "本月", "上月", "去年同月", "重算现值"], SheetFiles.Rows(kept, "月报")[0]);
        Assert.Equal(["参与人次", "人次", "1", "0", "0"], Row(kept, "月报", "参与人次").Take(5));
        Assert.Equal(["开展活动场次", "场", "1"], Row(kept, "月报", "开展活动场次").Take(3));

        // A sign-in sheet typed in late: the kept report does not move, the recount stands beside it.
        await CheckInAsync(staff, tea, li);
        var later = await ReportAsync(staff, tree.CommunityA, LastMonth, "xlsx");
        Assert.Equal(["参与人次", "人次", "1", "0", "0", "2"], Row(later, "月报", "参与人次"));
        Assert.Equal("", Row(later, "月报", "开展活动场次")[5]);
        Assert.Contains(SheetFiles.Rows(later, "说明"), r => r[1] == "月报形成后补录的记录使 3 项指标有变化（参与人次、参与人数（去重）、新参与者），见“重算现值”列；月报数字不变。");
        var compound = Row(later, "分项", "甲社区花园");
        Assert.Equal("1", compound[Array.IndexOf(SheetFiles.Rows(later, "分项")[0].ToArray(), "参与人次")]);

        // Handed in by the community's own staff, once; a street officer hands in the street's, not the community's.
        var submit = $"/api/v1/dashboards/report/submit?regionId={tree.CommunityA}&month={Month(LastMonth)}";
        var street = await StreetOfficerAsync(factory, tree);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsync(submit, null)).StatusCode);
        var handedIn = await (await staff.PostAsync(submit, null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(tree.StaffA, handedIn.GetProperty("submittedBy").GetString());
        Assert.Equal(Month(LastMonth), handedIn.GetProperty("month").GetString());
        var again = await (await staff.PostAsync(submit, null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这个月的报表已经报送，不能再次报送。", again.GetProperty("detail").GetString());

        var summary = await ReportAsync(street, tree.Street, LastMonth, "xlsx");
        var header = SheetFiles.Rows(summary, "分项")[0].ToArray();
        Assert.Equal("月报报送", header[^1]);
        Assert.EndsWith("已报送", Row(summary, "分项", "甲社区")[^1]);
        Assert.Equal("未报送", Row(summary, "分项", "乙社区")[^1]);
        Assert.Equal("2", Row(summary, "分项", "测试街道合计")[Array.IndexOf(header, "参与人次")]);

        var word = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await ReportAsync(staff, tree.CommunityA, LastMonth, "docx"), "report.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains($"甲社区{LastMonth.Year}年{LastMonth.Month}月工作月报", word);
        Assert.Contains("参与人次", word);
        Assert.Contains($"由 {tree.StaffA} 报送", word);
    }

    [Fact]
    public async Task A_running_month_is_counted_live_and_cannot_be_handed_in_and_bad_requests_are_named()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var live = await ReportAsync(staff, tree.CommunityA, thisMonth, "xlsx");
        Assert.Equal($"本月尚未结束，数据截至 {Today:yyyy-MM-dd}，尚未形成月报。", Row(live, "说明", "状态")[1]);
        Assert.Equal(5, SheetFiles.Rows(live, "月报")[0].Count);

        async Task<string> RefusedAsync(HttpResponseMessage response)
        {
            var problem = await response.ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            var error = problem.GetProperty("errors").EnumerateObject().Single();
            return $"{error.Name}: {error.Value[0].GetString()}";
        }
        Task<HttpResponseMessage> Get(string query) => staff.GetAsync($"/api/v1/dashboards/report?{query}");
        Assert.Equal("month: 这个月还没有结束，月末之后才能报送。",
            await RefusedAsync(await staff.PostAsync($"/api/v1/dashboards/report/submit?regionId={tree.CommunityA}&month={Month(thisMonth)}", null)));
        Assert.Equal("month: 请按“2026-11”的格式填写月份。", await RefusedAsync(await Get($"regionId={tree.CommunityA}&month=2026-13&format=xlsx")));
        Assert.Equal("month: 这个月还没有开始。", await RefusedAsync(await Get($"regionId={tree.CommunityA}&month={Month(thisMonth.AddMonths(1))}&format=xlsx")));
        Assert.Equal("format: 请选择 xlsx 或 docx。", await RefusedAsync(await Get($"regionId={tree.CommunityA}&month={Month(LastMonth)}&format=pdf")));
        Assert.Equal("regionId: 月报按区、街道或社区编制，请选择其中之一。", await RefusedAsync(await Get($"regionId={tree.CompoundA}&month={Month(LastMonth)}&format=xlsx")));
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"regionId={tree.CommunityB}&month={Month(LastMonth)}&format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"regionId={tree.Street}&month={Month(LastMonth)}&format=docx")).StatusCode);
    }

    [Fact]
    public async Task The_scheduler_keeps_last_months_report_of_every_community_street_and_district_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        int[] regions = [tree.District, tree.Street, tree.CommunityA, tree.CommunityB];
        await factory.WithServicesAsync(async services => Assert.True(await services.GetRequiredService<MonthlyReportsJob>().RunDueAsync(CancellationToken.None) >= 4));
        var kept = await factory.WithDbAsync(db => db.Set<MonthlyReport>().Where(r => regions.Contains(r.RegionId)).Select(r => new { r.RegionId, r.Month }).ToListAsync());
        Assert.Equal(regions.Order(), kept.Select(k => k.RegionId).Order());
        Assert.All(kept, k => Assert.Equal(LastMonth, k.Month));
        await factory.WithServicesAsync(async services => Assert.Equal(0, await services.GetRequiredService<MonthlyReportsJob>().RunDueAsync(CancellationToken.None)));
    }
}
