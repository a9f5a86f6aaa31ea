using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys;
using Linli.Web.Modules.Surveys.Results;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A household survey of seed 003's size: 3,000 responses to 20 questions (choices, multiple choices, scales, a
/// number, a text), each response sent through <see cref="ResponsesService"/> as a paper entry would be. Then the results
/// page as a browser asks for it over HTTP, the results as the API gives them, and a cross-tab. Target: the page under 300 ms.
/// </summary>
internal static class SurveysBench
{
    private const int Responses = 3_000, Iterations = 50;

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Surveys benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh surveys` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"A survey of 20 questions (12 single choice, 4 multiple choice, 2 scales, a number, a text) with {Responses:N0} responses (seed 003's 2,990 households, rounded up), each by a different resident of a community of 5,000, each response entered through `ResponsesService` as the paper-entry page does. Timed, {Iterations} runs each after a warm-up: the console's results page (`GET /console/surveys/{{id}}/results`, signed in with a cookie, over loopback HTTP, the whole HTML), the API's results (`GET /api/v1/surveys/{{id}}/results`), and a cross-tab by age band. **Target: the results page in under 300 ms.**")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("surveys.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var (community, residents) = await ActivitiesBench.SeedCommunityAsync(host);
        var staff = new BenchUser("community-staff", [community.Path], [community.Id]);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "community-staff"), new Claim(ClaimTypes.Role, Roles.CommunityStaff)], "bench"));

        var survey = await host.AsUserAsync(staff, async sp =>
        {
            var surveys = sp.GetRequiredService<SurveysService>();
            var created = await surveys.CreateAsync(new SurveyInput(community.Id, "住户需求调查", null, null, SurveyTarget.Count, Responses, null, null, null, null, null, Questions()),
                principal, CancellationToken.None);
            await surveys.OpenAsync(created.Id, CancellationToken.None);
            return created.Id;
        });
        // Seed 003's questionnaire went to households; the synthetic community has fewer, so here residents answer, one each.
        var respondents = residents.Take(Responses).ToList();
        var random = new Random(3000);
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        foreach (var resident in respondents)
            await host.AsUserAsync(staff, sp => sp.GetRequiredService<ResponsesService>().SubmitAsync(survey, new ResponseInput(ResponseChannel.Paper, Answers(random), resident),
                principal, CancellationToken.None));
        var answers = await host.AsSystemAsync(sp => sp.GetRequiredService<LinliDb>().Set<SurveyAnswer>().CountAsync(a => a.SurveyId == survey));
        if (host.IsPostgres) await host.AsSystemAsync(sp => sp.GetRequiredService<LinliDb>().Database.ExecuteSqlRawAsync("VACUUM ANALYZE"));
        Console.WriteLine($"  {respondents.Count} responses, {answers} answers entered in {seeding.Elapsed.TotalSeconds:F0} s");

        var browser = await CookieSessionAsync(host);
        var api = await ActivitiesBench.SignInAsync(host);
        // Pages write Chinese as character references.
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/console/surveys/{survey}/results"));
        if (!page.Contains(string.Create(CultureInfo.InvariantCulture, $"回收 {respondents.Count} 份"), StringComparison.Ordinal))
            throw new InvalidOperationException($"{provider}: the results page does not show {respondents.Count} responses");
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync("results page (HTML over HTTP)", Iterations, async () => (await browser.GetAsync($"/console/surveys/{survey}/results")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("results (API over HTTP)", Iterations, async () => (await api.GetAsync($"/api/v1/surveys/{survey}/results")).EnsureSuccessStatusCode()),
            await Measure.RunAsync("cross-tab by age band (service)", Iterations, () => host.AsUserAsync(staff, sp =>
                sp.GetRequiredService<ResultsService>().CrossTabAsync(survey, "q1", "ageBand", CancellationToken.None))),
        };
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{respondents.Count:N0} responses, {answers:N0} answer rows, entered in {seeding.Elapsed.TotalSeconds:F0} s ({respondents.Count / seeding.Elapsed.TotalSeconds:F0} a second).")
            .AppendLine()
            .Table(results)
            .AppendLine();
    }

    private static List<QuestionInput> Questions()
    {
        var questions = new List<QuestionInput>();
        for (var i = 1; i <= 12; i++) questions.Add(new QuestionInput($"q{i}", QuestionType.Single, $"单选题 {i}", Options: ["很需要", "需要", "一般", "不需要", "不清楚"], Required: true));
        for (var i = 13; i <= 16; i++) questions.Add(new QuestionInput($"q{i}", QuestionType.Multiple, $"多选题 {i}", Options: ["助餐", "义诊", "阅读角", "停车", "维修", "托管"], AllowOther: true, MaxChoices: 3));
        questions.Add(new QuestionInput("q17", QuestionType.Scale, "满意度"));
        questions.Add(new QuestionInput("q18", QuestionType.Scale, "安全感"));
        questions.Add(new QuestionInput("q19", QuestionType.Number, "常住人口", Min: 1, Max: 20));
        questions.Add(new QuestionInput("q20", QuestionType.Text, "建议"));
        return questions;
    }

    private static Dictionary<string, JsonElement> Answers(Random random)
    {
        static JsonElement E(object value) => JsonSerializer.SerializeToElement(value);
        var answers = new Dictionary<string, JsonElement>();
        string[] single = ["很需要", "需要", "一般", "不需要", "不清楚"];
        string[] many = ["助餐", "义诊", "阅读角", "停车", "维修", "托管"];
        for (var i = 1; i <= 12; i++) answers[$"q{i}"] = E(single[random.Next(single.Length)]);
        for (var i = 13; i <= 16; i++) answers[$"q{i}"] = E(many.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray());
        answers["q17"] = E(random.Next(1, 6));
        answers["q18"] = E(random.Next(1, 6));
        answers["q19"] = E(random.Next(1, 7));
        if (random.Next(4) == 0) answers["q20"] = E("希望多办长者活动");
        return answers;
    }

    /// <summary>Signed in through the sign-in form, holding the cookie, as a browser is.</summary>
    private static async Task<HttpClient> CookieSessionAsync(BenchHost host)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = host.BaseAddress };
        var form = await client.GetStringAsync("/signin");
        const string marker = "name=\"__RequestVerificationToken\" value=\"";
        var start = form.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = form[start..form.IndexOf('"', start)],
            ["Input.Login"] = "admin",
            ["Input.Password"] = ActivitiesBench.AdminPassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in: {(int)response.StatusCode}");
        return client;
    }
}
