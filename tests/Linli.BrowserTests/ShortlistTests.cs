using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linli.BrowserTests;

/// <summary>
/// The shortlist's public notice: the district publishes the top of a new program's ranking, a resident reads it on
/// a phone and objects, the award waits for the objection period, and the foundation answers the objection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShortlistTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_resident_objects_to_the_shortlist_on_a_phone_and_the_award_waits_for_the_notice()
    {
        var district = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(district, "wuhou", LinliProcess.DemoPassword);
        await district.GotoAsync("/console/grants");
        await district.GetByText("新建创投批次").First.ClickAsync();
        var newProgram = district.GetByTestId("new-program");
        await newProgram.GetByLabel("创投批次").FillAsync("锦城街道微项目（公示测试）");
        await newProgram.GetByLabel("总预算（元）").FillAsync("50000");
        await newProgram.GetByLabel("类别（用顿号分隔）").FillAsync("志愿服务");
        await newProgram.GetByRole(AriaRole.Button, new() { Name = "新建创投批次" }).ClickAsync();
        var programUrl = district.Url;
        // Entered by the district from the stamped paper form: endorsed as it is submitted.
        await district.GetByText("联合申报").First.ClickAsync();
        var apply = district.GetByTestId("apply");
        await apply.GetByLabel("申报项目").FillAsync("锦华楼道守望队");
        await apply.GetByLabel("社区", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "锦华社区" });
        await apply.GetByLabel("申请金额（元）").FillAsync("20000");
        await apply.GetByRole(AriaRole.Button, new() { Name = "联合申报" }).ClickAsync();
        var applicationUrl = district.Url;
        var foundation = await fixture.NewPageAsync();
        await SignInPage.SignInAsync(foundation, "jijinhui", LinliProcess.DemoPassword);
        await foundation.GotoAsync(applicationUrl);
        await foundation.GetByTestId("review").GetByLabel("评分（0–100）").FillAsync("86");
        await foundation.GetByTestId("review").GetByRole(AriaRole.Button, new() { Name = "提交评审" }).ClickAsync();

        await district.GotoAsync(programUrl);
        await district.GetByTestId("shortlist-link").ClickAsync();
        var publish = district.GetByTestId("publish-shortlist");
        await publish.GetByLabel("公示天数").FillAsync("7");
        await publish.GetByRole(AriaRole.Button, new() { Name = "发布入围公示" }).ClickAsync();
        var notice = district.Locator("[data-notice]");
        await Expect(notice).ToHaveCountAsync(1);
        var noticeUrl = await notice.GetByRole(AriaRole.Link).First.GetAttributeAsync("href");

        var phone = await fixture.NewPageAsync(width: 375, height: 740);
        await phone.GotoAsync(noticeUrl!);
        await Expect(phone.GetByTestId("shortlist")).ToContainTextAsync("锦华楼道守望队");
        await Expect(phone.GetByTestId("shortlist")).ToContainTextAsync("20,000.00 元");
        await phone.GetByRole(AriaRole.Link, new() { Name = "登录后可提出异议" }).ClickAsync();
        await SignInPage.FillAsync(phone, "jumin", LinliProcess.DemoPassword);
        await Expect(phone).ToHaveURLAsync(new Regex(Regex.Escape(noticeUrl!) + "$"));
        var objection = phone.GetByTestId("objection-form");
        await objection.GetByLabel("针对").SelectOptionAsync(new SelectOptionValue { Label = "锦华楼道守望队" });
        await objection.GetByLabel("异议内容").FillAsync("守望队去年已有街道经费，是否重复资助？");
        await objection.GetByRole(AriaRole.Button, new() { Name = "提出异议" }).ClickAsync();
        await Expect(phone.GetByTestId("objection-filed")).ToBeVisibleAsync();
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));

        await district.GotoAsync(applicationUrl);
        await district.GetByTestId("award").GetByRole(AriaRole.Button, new() { Name = "立项" }).ClickAsync();
        await Expect(district.Locator("[data-field=application]")).ToHaveTextAsync("入围名单仍在公示期内，公示期满后方可立项。");

        await district.GotoAsync(programUrl + "/shortlist");
        var filed = district.Locator("[data-objection]");
        await Expect(filed).ToContainTextAsync("是否重复资助");
        await filed.GetByPlaceholder("答复").FillAsync("经核实，街道经费用于物资，本项目用于培训，不重复。");
        await filed.GetByRole(AriaRole.Button, new() { Name = "异议不成立" }).ClickAsync();
        await Expect(district.Locator("[data-objection]")).ToContainTextAsync("异议不成立");
    }
}
