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
