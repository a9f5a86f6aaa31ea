using System.Net;
using System.Net.Http.Json;

namespace Linli.Tests.Infrastructure;

/// <summary>
/// Test data entered the way staff enter it, through the API, with every detail a test does not care about filled in:
/// <c>AResident("王秀英").BornOn("1941-05-02").CreateAsync(staff, unit)</c>,
/// <c>AnActivity().WithCapacity(2).StartingAt(tomorrow).CreateAsync(staff, community)</c>.
/// </summary>
public static class Builders
{
    public static ResidentBuilder AResident(string name) => new(name);

    public static ActivityBuilder AnActivity(string title = "亲子手工") => new(title);

    public static MediationBuilder AMediation(string complainant = "彭女士") => new(complainant);

    public static RenewalBuilder ARenewal(string title = "缤纷院落微更新") => new(title);

    public static CaseBuilder ACase(int residentId) => new(residentId);

    public static PartnerBuilder APartner(string name = "朗力社工中心") => new(name);

    public static ProgramBuilder AProgram(string name = "2019年第二批社区发展治理公益创投") => new(name);

    /// <summary>A resident of the unit registered as a volunteer (with consent); returns the volunteer's id.</summary>
    public static async Task<int> AVolunteerAsync(HttpClient staff, int unit, string name)
    {
        var resident = await AResident(name).CreateAsync(staff, unit);
        return (await (await staff.PostAsJsonAsync("/api/v1/volunteers", new { residentId = resident, skills = new[] { "巡逻" }, consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    public static ApplicationBuilder AnApplication(int organizationId, int communityId, string title = "健康新南 共筑家园") => new(organizationId, communityId, title);
}

/// <summary>Unified social credit codes (GB 32100) with a right check character: a different one for each number.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// A code with a right check character, computed here rather than by <c>CreditCode.Complete</c>: the tests hold
    /// the server's reading of GB 32100 against a second one.
    /// </summary>
    public static string Valid(int number)
    {
        var body = $"52510107{number % 1_000_000_000:D9}";
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return body + Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>The same code with its check character changed.</summary>
    public static string WrongCheck(int number)
    {
        var code = Valid(number);
        var check = Alphabet.IndexOf(code[17], StringComparison.Ordinal);
        return code[..17] + Alphabet[(check + 1) % 31];
    }
}

public sealed class PartnerBuilder(string name)
{
    private static int next = Environment.ProcessId * 1000;
    private readonly Dictionary<string, object?> body = new() { ["name"] = name, ["kind"] = "SocialOrganization" };

    /// <summary>Any other field of the register request (kind, creditCode, areas, conditions...).</summary>
    public PartnerBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    /// <summary>Registers the partner in the region (with a fresh valid credit code unless one was given) and returns its id.</summary>
    public async Task<int> CreateAsync(HttpClient officer, int region)
    {
        body["regionId"] = region;
        body.TryAdd("creditCode", CreditCodes.Valid(Interlocked.Increment(ref next)));
        return (await (await officer.PostAsJsonAsync("/api/v1/partners", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}

public sealed class ProgramBuilder(string name)
{
    private readonly Dictionary<string, object?> body = new()
    {
        ["name"] = name, ["budget"] = "2430000.00", ["categories"] = new[] { "共驻共建", "邻里关系营造", "小区营造", "垃圾分类", "志愿服务", "社区微更新", "最美阳台" },
    };

    public ProgramBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    public async Task<int> CreateAsync(HttpClient officer, int region)
    {
        body["regionId"] = region;
        return (await (await officer.PostAsJsonAsync("/api/v1/grants/programs", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}

public sealed class ApplicationBuilder(int organizationId, int communityId, string title)
{
    private readonly Dictionary<string, object?> body = new()
    {
        ["organizationId"] = organizationId, ["communityId"] = communityId, ["title"] = title, ["category"] = "共驻共建", ["requested"] = "54000.00",
        ["indicators"] = new object[] { new { key = "PersonTimes", target = 300 }, new { key = "Services", target = 10 } },
    };

    /// <summary>Any other field of the application (category, requested, indicators, budgetLines, milestones, targetPopulation...).</summary>
    public ApplicationBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    public async Task<int> CreateAsync(HttpClient applicant, int program) =>
        (await (await applicant.PostAsJsonAsync($"/api/v1/grants/programs/{program}/applications", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
}

public sealed class ResidentBuilder(string name)
{
    private string gender = "Female";
    private string birthDate = "1950-01-01";
    private string? phone;
    private string? idNumber;

    public ResidentBuilder Male() => Set(() => gender = "Male");

    public ResidentBuilder BornOn(string date) => Set(() => birthDate = date);

    public ResidentBuilder WithPhone(string? number) => Set(() => phone = number);

    public ResidentBuilder WithIdNumber(string number) => Set(() => idNumber = number);

    /// <summary>Registers the resident in the unit (a new household) and returns their id.</summary>
    public async Task<int> CreateAsync(HttpClient staff, int unit) =>
        (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = unit, name, gender, birthDate, phone, idNumber }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private ResidentBuilder Set(Action change)
    {
        change();
        return this;
    }
}

public sealed class ActivityBuilder(string title)
{
    private readonly Dictionary<string, object?> body = new() { ["title"] = title, ["capacity"] = 10, ["status"] = "Published" };
    private DateTime startsUtc = DateTime.UtcNow.AddDays(3);
    private TimeSpan length = TimeSpan.FromHours(2);

    public ActivityBuilder WithCapacity(int seats) => With("capacity", seats);

    public ActivityBuilder Draft() => With("status", "Draft");

    public ActivityBuilder StartingAt(DateTime utc, TimeSpan? lasting = null)
    {
        startsUtc = utc;
        length = lasting ?? length;
        return this;
    }

    /// <summary>Any other field of the create request (allowsWalkIns, eligibility, spaceId...).</summary>
    public ActivityBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    /// <summary>Creates the activity in the community and returns its id. Times are sent as China time, as the console does.</summary>
    public async Task<int> CreateAsync(HttpClient staff, int community)
    {
        body["communityId"] = community;
        body["startsAt"] = ChinaTime(startsUtc);
        body["endsAt"] = ChinaTime(startsUtc + length);
        return (await (await staff.PostAsJsonAsync("/api/v1/activities", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static string ChinaTime(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class MediationBuilder(string complainant)
{
    private readonly Dictionary<string, object?> body = new()
    {
        ["complainant"] = complainant, ["issue"] = "Noise", ["channel"] = "WeChatGroup", ["summary"] = "楼上每晚十二点后还在拖动家具。",
    };

    /// <summary>Any other field of the open request (respondent, regionId, openedOn, worker...).</summary>
    public MediationBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    public async Task<int> CreateAsync(HttpClient staff, int community)
    {
        body["communityId"] = community;
        return (await (await staff.PostAsJsonAsync("/api/v1/mediation/cases", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}

public sealed class RenewalBuilder(string title)
{
    private readonly Dictionary<string, object?> body = new() { ["title"] = title, ["summary"] = "闲置地块改造成共享花园。" };

    /// <summary>Any other field of the create request (regionId, budget, fundedBy).</summary>
    public RenewalBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    public async Task<int> CreateAsync(HttpClient staff, int community)
    {
        body["communityId"] = community;
        return (await (await staff.PostAsJsonAsync("/api/v1/renewal/projects", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}

/// <summary>A care case opened by the worker's client (the caller becomes the worker) under a supervisor: <c>ACase(resident).CreateAsync(worker, supervisorId)</c>.</summary>
public sealed class CaseBuilder(int residentId)
{
    private readonly Dictionary<string, object?> body = new()
    {
        ["residentId"] = residentId, ["source"] = "HomeVisit", ["basis"] = "Consent", ["presentingProblem"] = "入户走访发现：独居，情绪低落，不愿与人交流。",
    };

    /// <summary>Any other field of the open request (source, basis, consentBy, openedOn...).</summary>
    public CaseBuilder With(string field, object? value)
    {
        body[field] = value;
        return this;
    }

    public async Task<int> CreateAsync(HttpClient worker, string supervisorId)
    {
        body["supervisorId"] = supervisorId;
        return (await (await worker.PostAsJsonAsync("/api/v1/care/cases", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}
