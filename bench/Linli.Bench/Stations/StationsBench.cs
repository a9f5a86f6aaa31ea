using System.Data.Common;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A district's stations over three years: 50 stations (one per community of a street), 30 workers each, 200 trainings
/// each with 15 attendees, 100 supervision sessions each with 5 participants, a ladder per station; in the first
/// community 12,000 residents in about 5,000 households answering a consultation, and 2,000 adoptions with 25 care
/// entries each; 300 volunteers with 100,000 service records and 3,000 evaluations over a year, recognized in a round, and a
/// patrol rota walking weekly for three years. A worker's page, a station's roster with hours, the street's month, the
/// consultation's result, the adoption register, the round's ranking and the rota's page, over HTTP. Results:
/// bench/results/stations.md.
/// </summary>
internal static class StationsBench
{
    private const int Stations = 50, StaffEach = 30, TrainingsEach = 200, Attendees = 15, SessionsEach = 100, Participants = 5, Residents = 12_000, Cases = 2_000,
        Adoptions = 2_000, CarePerAdoption = 25, Volunteers = 300, ServiceRecords = 100_000, Evaluations = 3_000, Walks = 156, Walkers = 8, HelperTasks = 20, Iterations = 200,
        FirstId = 500_000;
    private static readonly DateTime Now = DateTime.UtcNow;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.AddHours(8));

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Stations benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh stations` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The whole app on Kestrel at 127.0.0.1 with a throwaway database. A street of {Stations} communities, each with its station: {StaffEach} workers, {TrainingsEach} trainings over three years with {Attendees} attendees each ({Stations * TrainingsEach * Attendees:N0} attendances in all), {SessionsEach} supervision sessions with {Participants} participants each, a ladder of {StaffEach - 1} links. In the first community {Residents:N0} residents in their households, a consultation answered by 96% of them, and {Adoptions:N0} adoptions with {CarePerAdoption} care entries each ({Adoptions * CarePerAdoption:N0}). Measured over HTTP as the platform administrator, {Iterations} runs each: a worker's development page with a three-year period (`GET /api/v1/stations/staff/{{id}}?from=&to=`: trainings attended, supervision received and given, the ladder, and through the linked account the cases held of {Cases:N0} the station's supervisor supervises), the supervisor's queue as they see it (`GET /api/v1/stations/queue?communityId=`: case reviews and closings, the workers they support with their last session, open grant reports), a station's roster with every worker's hours (`GET /api/v1/stations/staff?communityId=`), the street's month for its {Stations} stations (`GET /api/v1/stations/figures?regionId=&month=`), the consultation's result (`GET /api/v1/consultations/{{id}}/result`), the adoption register (`GET /api/v1/adoptions?communityId=`, 500 rows with care counts); {Volunteers} volunteers with {ServiceRecords:N0} service records and {Evaluations:N0} evaluations over the past year, and a recognition round over that year recomputed from them (`GET /api/v1/volunteers/recognition-rounds/{{id}}`); a patrol rota of {Walkers} walking weekly for three years ({Walks} walks, each with its walkers' service records) (`GET /api/v1/patrols/{{id}}`); an activity's helper-task board with {HelperTasks} tasks, every one of the {Volunteers} volunteers matched against the ability notes of a third of them, decrypted (`GET /api/v1/helper-tasks?activityId=`). Targets: every p95 ≤ 100 ms, the street's month and the round ≤ 200 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("stations.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer, http: true);
        var admin = await ActivitiesBench.SignInAsync(host);
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinliDb>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var seed = new ResidentsSeed(connection, host.IsPostgres, host.Service<FieldEncryptor>());
        var first = (await seed.TreeAsync(1))[0];
        await seed.ResidentsAsync(first, new SyntheticPeople(0, Today), Residents, 1, 0);
        var street = first.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^2];
        var communities = await CommunitiesAsync(connection, host.IsPostgres, first, int.Parse(street, CultureInfo.InvariantCulture));
        await SeedStationsAsync(connection, host.IsPostgres, communities);
        var households = await SeedConsultationAsync(connection, host.IsPostgres, first.Id);
        await SeedAdoptionsAsync(connection, host.IsPostgres, first.Id);
        await SeedVolunteersAsync(connection, host.IsPostgres, first.Id);
        // The first station's supervisor (staff 0) and a worker they support (staff 1) sign in with accounts holding cases.
        await BenchApi.UserAsync(admin, "stationworker", "SocialWorker", first.Id);
        await BenchApi.UserAsync(admin, "stationlead", "CommunityStaff", first.Id);
        var workerAccount = await db.Users.Where(u => u.UserName == "stationworker").Select(u => u.Id).SingleAsync();
        var leadAccount = await db.Users.Where(u => u.UserName == "stationlead").Select(u => u.Id).SingleAsync();
        await CareBench.SeedCasesAsync(connection, host.IsPostgres, host.Service<FieldEncryptor>(), first.Id, workerAccount, leadAccount, Cases, Residents);
        await LinkAsync(connection, FirstId, leadAccount);
        await LinkAsync(connection, FirstId + 1, workerAccount);
        await AnalyzeAsync(connection);
        var round = await (await admin.PostAsJsonAsync("/api/v1/volunteers/recognition-rounds", new { communityId = first.Id, title = "年度表彰",
            from = Today.AddYears(-1).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            weights = new { services = 50, hours = 40, performance = 10 }, places = 12 })).Content.ReadFromJsonAsync<JsonElement>();
        var roundId = round.GetProperty("id").GetInt32();

        var worker = FirstId + 1;
        var period = $"from={Today.AddYears(-3):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";
        var month = Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/staff/{worker}?{period}");
        var months = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/figures?regionId={street}&month={month}");
        var result = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/consultations/{FirstId}/result");
        var register = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/adoptions?communityId={first.Id}");
        var attended = page.GetProperty("trainings").GetArrayLength();
        var ranking = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/volunteers/recognition-rounds/{roundId}")).GetProperty("ranking");
        var rota = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/patrols/{FirstId}");
        var party = await HelperTasksAsync(admin, first.Id);
        var board = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/helper-tasks?activityId={party}");
        var lead = await BenchApi.TokenAsync(host, "stationlead");
        var held = page.GetProperty("work").GetProperty("cases").GetProperty("holding").GetInt32();
        var queue = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/stations/queue?communityId={first.Id}");
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync($"a worker's page over three years ({attended} trainings, {page.GetProperty("supervision").GetArrayLength()} sessions, {held} open cases of {Cases:N0} counted)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/stations/staff/{worker}?{period}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a station's roster with hours ({StaffEach} workers)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/stations/staff?communityId={first.Id}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the street's month ({months.GetArrayLength()} stations)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/stations/figures?regionId={street}&month={month}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a consultation's result ({result.GetProperty("households").GetInt32():N0} households, {result.GetProperty("answered").GetInt32():N0} answers)",
                Iterations, async () => (await admin.GetAsync($"/api/v1/consultations/{FirstId}/result")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"the adoption register ({register.GetArrayLength()} of {Adoptions:N0}, {Adoptions * CarePerAdoption:N0} care entries)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/adoptions?communityId={first.Id}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a recognition round recomputed ({ranking.GetArrayLength()} volunteers, {ServiceRecords:N0} service records)", Iterations,
                async () => (await admin.GetAsync($"/api/v1/volunteers/recognition-rounds/{roundId}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a supervisor's queue ({queue.GetProperty("caseClosings").GetInt32()} closings, {queue.GetProperty("caseReviews").GetInt32()} reviews of {Cases:N0} cases, {queue.GetProperty("supervisees").GetArrayLength()} workers supported)",
                Iterations, async () => (await lead.GetAsync($"/api/v1/stations/queue?communityId={first.Id}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"a patrol rota's page ({rota.GetProperty("walks").GetInt32()} walks, the latest {rota.GetProperty("logs").GetArrayLength()} shown)",
                Iterations, async () => (await admin.GetAsync($"/api/v1/patrols/{FirstId}")).EnsureSuccessStatusCode()),
            await Measure.RunAsync($"an activity's helper-task board ({HelperTasks} tasks, {board.GetProperty("candidates").GetArrayLength()} volunteers matched, {Volunteers / 3} ability notes decrypted)",
                Iterations, async () => (await admin.GetAsync($"/api/v1/helper-tasks?activityId={party}")).EnsureSuccessStatusCode()),
        };
        // Worker 1 of the first station attends every second training (attendees are 15 consecutive workers in turn).
        var right = months.GetArrayLength() == Stations && result.GetProperty("households").GetInt32() == households
            && result.GetProperty("answered").GetInt32() == households * 96 / 100 && register.GetArrayLength() == 500 && attended > 0
            && ranking.GetArrayLength() == Volunteers && rota.GetProperty("personHours").GetDecimal() == Walks * Walkers * 1.5m
            && held == Enumerable.Range(0, Cases).Count(i => i % CareBench.Workers == 0 && i % 4 == 0) && queue.GetProperty("supervisees").GetArrayLength() == 3
            && board.GetProperty("candidates").GetArrayLength() == Volunteers && board.GetProperty("tasks").EnumerateArray().All(t => t.GetProperty("assigned").GetArrayLength() == 1);
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The street's month lists {months.GetArrayLength()} stations, the consultation counts {result.GetProperty("answered").GetInt32():N0} answers of {households:N0} households, the register shows 500 adoptions, the round ranks all {Volunteers} volunteers and the rota adds up {Walks * Walkers * 1.5m:0.#} person-hours: {(right ? "yes" : "**NO**")}.")
            .AppendLine()
            .Table(results)
            .AppendLine();
        if (!right)
            throw new InvalidOperationException($"{provider}: stations {months.GetArrayLength()}, answers {result.GetProperty("answered")}, register {register.GetArrayLength()}, "
                + $"ranked {ranking.GetArrayLength()}, person-hours {rota.GetProperty("personHours")}");
    }

    private static async Task LinkAsync(DbConnection connection, int staffId, string userId)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE station_staff SET \"UserId\" = '{userId}' WHERE \"Id\" = {staffId}";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first community and 49 more under its street (regions only: a station needs its community, not its flats).</summary>
    private static async Task<IReadOnlyList<int>> CommunitiesAsync(DbConnection connection, bool postgres, SeededCommunity first, int street)
    {
        var streetPath = first.Path[..(first.Path.TrimEnd('/').LastIndexOf('/') + 1)];
        await using var transaction = await connection.BeginTransactionAsync();
        var regions = new BulkInsert(connection, transaction, "platform_regions", ["Id", "ParentId", "Kind", "Name", "Code", "Path", "Depth", "ExclusiveArea", "CreatedAt"], postgres);
        var ids = new List<int> { first.Id };
        for (var c = 1; c < Stations; c++)
        {
            var id = FirstId + c;
            await regions.AddAsync(id, street, "Community", $"基准社区{c + 1}", $"C{id}", $"{streetPath}{id}/", 2, null, Now);
            ids.Add(id);
        }
        await regions.FlushAsync();
        await transaction.CommitAsync();
        return ids;
    }

    private static async Task SeedStationsAsync(DbConnection connection, bool postgres, IReadOnlyList<int> communities)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var stations = new BulkInsert(connection, transaction, "stations", ["Id", "CommunityId", "Name", "CreatedBy", "CreatedAt", "UpdatedAt"], postgres);
        var staff = new BulkInsert(connection, transaction, "station_staff", ["Id", "CommunityId", "Name", "Qualification", "CreatedBy", "CreatedAt"], postgres);
        var trainings = new BulkInsert(connection, transaction, "station_trainings", ["Id", "CommunityId", "Title", "On", "Hours", "Audience", "CreatedBy", "CreatedAt"], postgres, staff);
        var attendance = new BulkInsert(connection, transaction, "station_training_attendance", ["TrainingId", "StaffId", "CommunityId"], postgres, trainings);
        var sessions = new BulkInsert(connection, transaction, "station_supervision", ["Id", "CommunityId", "SupervisorId", "On", "Hours", "Kind", "CreatedBy", "CreatedAt"], postgres, staff);
        var participants = new BulkInsert(connection, transaction, "station_supervision_participants", ["SessionId", "StaffId", "CommunityId"], postgres, sessions);
        var ladder = new BulkInsert(connection, transaction, "station_ladder", ["Id", "CommunityId", "SupporterId", "SupportedId", "From", "CreatedBy", "CreatedAt"], postgres, staff);
        string[] qualifications = ["Senior", "SocialWorker", "Assistant", "None"];
        for (var s = 0; s < communities.Count; s++)
        {
            var community = communities[s];
            await stations.AddAsync(FirstId + s, community, $"基准社工站{s + 1}", "bench", Now, Now);
            var firstStaff = FirstId + s * StaffEach;
            for (var w = 0; w < StaffEach; w++)
                await staff.AddAsync(firstStaff + w, community, $"社工{s + 1}-{w + 1}", qualifications[Math.Min(w, 3)], "bench", Now);
            for (var w = 1; w < StaffEach; w++)
                await ladder.AddAsync(firstStaff + w, community, firstStaff + (w - 1) / 3, firstStaff + w, Today.AddYears(-2), "bench", Now);
            for (var t = 0; t < TrainingsEach; t++)
            {
                var id = FirstId + s * TrainingsEach + t;
                await trainings.AddAsync(id, community, $"培训{t + 1}", Today.AddDays(-(t * 1095 / TrainingsEach)), 2.5m, "Staff", "bench", Now);
                for (var a = 0; a < Attendees; a++) await attendance.AddAsync(id, firstStaff + (t + a) % StaffEach, community);
            }
            for (var k = 0; k < SessionsEach; k++)
            {
                var id = FirstId + s * SessionsEach + k;
                await sessions.AddAsync(id, community, firstStaff, Today.AddDays(-(k * 1095 / SessionsEach)), 2m, "Group", "bench", Now);
                for (var p = 1; p <= Participants; p++) await participants.AddAsync(id, firstStaff + (k + p) % (StaffEach - 1) + 1, community);
            }
        }
        foreach (var insert in new[] { stations, staff, trainings, attendance, sessions, participants, ladder }) await insert.FlushAsync();
        await transaction.CommitAsync();
    }

    /// <summary>A consultation of the first community answered by 96% of its households; returns how many households live there.</summary>
    private static async Task<int> SeedConsultationAsync(DbConnection connection, bool postgres, int community)
    {
        var households = new List<int>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT DISTINCT \"HouseholdId\" FROM residents_residents WHERE \"CommunityId\" = {community} AND \"Status\" = 'Living' ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) households.Add(reader.GetInt32(0));
        }
        await using var transaction = await connection.BeginTransactionAsync();
        var consultations = new BulkInsert(connection, transaction, "consultations", ["Id", "CommunityId", "RegionId", "Title", "Options", "CreatedBy", "CreatedAt"], postgres);
        var answers = new BulkInsert(connection, transaction, "consultation_answers", ["ConsultationId", "CommunityId", "HouseholdId", "Option", "RecordedBy", "RecordedAt"],
            postgres, consultations);
        await consultations.AddAsync(FirstId, community, community, "停车方案入户征询", "同意\n不同意", "bench", Now);
        var answered = households.Count * 96 / 100;
        for (var h = 0; h < answered; h++) await answers.AddAsync(FirstId, community, households[h], h % 33 == 0 ? "不同意" : "同意", "bench", Now);
        await answers.FlushAsync();
        await transaction.CommitAsync();
        return households.Count;
    }

    private static async Task SeedAdoptionsAsync(DbConnection connection, bool postgres, int community)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var adoptions = new BulkInsert(connection, transaction, "adoptions", ["Id", "CommunityId", "Kind", "Item", "Place", "AdopterId", "ByFamily", "From", "CreatedBy", "CreatedAt"],
            postgres);
        var care = new BulkInsert(connection, transaction, "adoption_care", ["AdoptionId", "CommunityId", "On", "Note", "RecordedBy", "RecordedAt"], postgres, adoptions);
        for (var a = 0; a < Adoptions; a++)
        {
            await adoptions.AddAsync(FirstId + a, community, "Plant", $"栀子花 第{a + 1}株", "花园", 1 + a * 5, false, Today.AddDays(-400), "bench", Now);
            for (var c = 0; c < CarePerAdoption; c++) await care.AddAsync(FirstId + a, community, Today.AddDays(-(c * 14 + a % 14)), "浇水", "bench", Now);
        }
        await care.FlushAsync();
        await transaction.CommitAsync();
    }

    /// <summary>
    /// An activity of the first community with {HelperTasks} helper tasks, each asking one thing of the body or senses; ability notes
    /// for every third volunteer, each ruling out one; each task given to one volunteer without a note.
    /// </summary>
    private static async Task<int> HelperTasksAsync(HttpClient admin, int community)
    {
        var start = DateTime.UtcNow.AddHours(8).AddDays(3);
        var activity = await (await admin.PostAsJsonAsync("/api/v1/activities", new { communityId = community, title = "助残宣传", capacity = 100, status = "Published",
            startsAt = start.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), endsAt = start.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var activityId = activity.GetProperty("id").GetInt32();
        var demands = Enum.GetNames<Linli.Web.Modules.Volunteers.Tasks.BodyDemand>()[1..];
        for (var v = 0; v < Volunteers / 3; v++)
            (await admin.PutAsJsonAsync($"/api/v1/volunteers/{FirstId + 3 * v}/ability", new { limits = new[] { demands[v % demands.Length] }, note = "基准" })).EnsureSuccessStatusCode();
        for (var t = 0; t < HelperTasks; t++)
        {
            var task = await (await admin.PostAsJsonAsync("/api/v1/helper-tasks", new { activityId, name = $"任务{t + 1}", people = 2, demands = new[] { demands[t % demands.Length] } }))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            (await admin.PostAsJsonAsync($"/api/v1/helper-tasks/{task.GetProperty("id").GetInt32()}/assignments", new { volunteerId = FirstId + 1 + 3 * t }))
                .EnsureSuccessStatusCode();
        }
        return activityId;
    }

    /// <summary>
    /// {Volunteers} residents of the first community registered as volunteers, {ServiceRecords} service records spread over
    /// the past year, {Evaluations} evaluations; a patrol rota of the first {Walkers} walking every week for three years,
    /// each walk with its walkers' service records.
    /// </summary>
    private static async Task SeedVolunteersAsync(DbConnection connection, bool postgres, int community)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var volunteers = new BulkInsert(connection, transaction, "volunteers_volunteers",
            ["Id", "CommunityId", "ResidentId", "Number", "Skills", "ServiceCategories", "ConsentAt", "RegisteredBy", "RegisteredAt"], postgres);
        string[] recordColumns = ["Id", "VolunteerId", "CommunityId", "ActivityName", "Date", "Place", "Content", "Hours", "Organizer", "PersonInCharge", "Late", "RecordedBy", "RecordedAt"];
        var records = new BulkInsert(connection, transaction, "volunteers_service_records", recordColumns, postgres, volunteers);
        var evaluations = new BulkInsert(connection, transaction, "volunteers_evaluations", ["VolunteerId", "CommunityId", "Rating", "Date", "Comment", "EvaluatedBy"], postgres,
            volunteers);
        var rotas = new BulkInsert(connection, transaction, "volunteers_patrol_rotas", ["Id", "CommunityId", "Name", "Route", "Schedule", "Hours", "CreatedBy", "CreatedAt"], postgres,
            volunteers);
        var members = new BulkInsert(connection, transaction, "volunteers_patrol_members", ["RotaId", "CommunityId", "VolunteerId"], postgres, rotas);
        var logs = new BulkInsert(connection, transaction, "volunteers_patrol_logs", ["Id", "RotaId", "CommunityId", "Date", "Route", "Hours", "Notes", "RecordedBy", "RecordedAt"],
            postgres, rotas);
        var walkers = new BulkInsert(connection, transaction, "volunteers_patrol_walkers", ["LogId", "CommunityId", "VolunteerId", "ServiceRecordId"], postgres, logs, records);
        string[] ratings = ["Excellent", "Good", "Fair", "Poor"];
        for (var v = 0; v < Volunteers; v++)
            await volunteers.AddAsync(FirstId + v, community, 1 + v * 3, $"V2026{FirstId + v:D6}", "巡逻", "平安", Now, "bench", Now);
        for (var r = 0; r < ServiceRecords; r++)
        {
            // Uneven on purpose: the first volunteers serve far more often, as in a real team.
            var volunteer = FirstId + (int)((long)r * r % (Volunteers * Volunteers) / Volunteers);
            await records.AddAsync(FirstId + r, volunteer, community, "助老服务", Today.AddDays(-(r % 365)), "社区", "陪伴", 1m + r % 4 * 0.5m, "基准社区", "社工", false, "bench", Now);
        }
        for (var e = 0; e < Evaluations; e++)
            await evaluations.AddAsync(FirstId + e % Volunteers, community, ratings[e % 4], Today.AddDays(-(e % 365)), "", "bench");
        await rotas.AddAsync(FirstId, community, "基准巡逻队", "东门—中心花园—西门", "每周六 19:00–20:30", 1.5m, "bench", Now);
        for (var m = 0; m < Walkers; m++) await members.AddAsync(FirstId, community, FirstId + m);
        for (var w = 0; w < Walks; w++)
        {
            await logs.AddAsync(FirstId + w, FirstId, community, Today.AddDays(-7 * (w + 1)), "东门—中心花园—西门", 1.5m, "", "bench", Now);
            for (var m = 0; m < Walkers; m++)
            {
                var record = FirstId + ServiceRecords + w * Walkers + m;
                await records.AddAsync(record, FirstId + m, community, "基准巡逻队", Today.AddDays(-7 * (w + 1)), "东门—中心花园—西门", "社区巡逻", 1.5m, "基准社区", "社工", false,
                    "bench", Now);
                await walkers.AddAsync(FirstId + w, community, FirstId + m, record);
            }
        }
        foreach (var insert in new[] { volunteers, records, evaluations, rotas, members, logs, walkers }) await insert.FlushAsync();
        await transaction.CommitAsync();
    }

    private static async Task AnalyzeAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 600;
        command.CommandText = "ANALYZE;";
        await command.ExecuteNonQueryAsync();
    }
}
