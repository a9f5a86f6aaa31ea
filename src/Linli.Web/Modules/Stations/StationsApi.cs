using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Stations;

/// <summary>/api/v1/stations: the station's workers, their trainings and supervision, and the hours each has.</summary>
public static class StationsApi
{
    public static void MapStationsApi(this IEndpointRouteBuilder app)
    {
        var stations = app.MapGroup("/api/v1/stations").WithTags("Stations").RequireAuthorization(StationsPolicies.Read);
        stations.MapGet("/", ListStations);
        stations.MapPost("/", CreateStation).Validate<StationInput>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapGet("/{id:int}", ReadStation);
        stations.MapPut("/{id:int}", UpdateStation).Validate<StationInput>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapPost("/{id:int}/rooms", AddRoom).Validate<StationRoomInput>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapPost("/{id:int}/micro-projects", AddMicroProject).Validate<NewMicroProject>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapGet("/figures", Figures);
        stations.MapPost("/ladder", Link).Validate<NewLadderLink>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapPost("/ladder/{id:int}/end", EndLink).Validate<EndLadderLink>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapGet("/staff", ListStaff);
        stations.MapPost("/staff", CreateStaff).Validate<NewStaff>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapGet("/staff/{id:int}", ReadStaff);
        stations.MapPut("/staff/{id:int}/links", LinkStaff).Validate<StaffLinks>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapGet("/queue", Queue);
        stations.MapGet("/trainings", ListTrainings);
        stations.MapPost("/trainings", CreateTraining).Validate<NewTraining>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapGet("/trainings/{id:int}", ReadTraining);
        stations.MapPost("/trainings/{id:int}/attendance", Attend).Validate<TrainingAttendanceInput>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapPost("/trainings/{id:int}/check-ins", TakeCheckIns).RequireAuthorization(StationsPolicies.Keep);
        stations.MapPost("/trainings/{id:int}/volunteers", TrainVolunteers).Validate<TrainingVolunteersInput>().RequireAuthorization(StationsPolicies.Keep);
        stations.MapPost("/supervision", Supervise).Validate<NewSupervision>().RequireAuthorization(StationsPolicies.Keep);
    }

    private static async Task<Ok<IReadOnlyList<StationLine>>> ListStations(int? communityId, StationsService stations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stations.ListAsync(communityId, cancellationToken));

    private static async Task<Created<StationCreated>> CreateStation(StationInput request, StationsService stations, CancellationToken cancellationToken)
    {
        var id = await stations.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/stations/{id}", new StationCreated(id));
    }

    private static async Task<Ok<StationDetail>> ReadStation(int id, StationsService stations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stations.ReadAsync(id, cancellationToken));

    private static async Task<Ok<StationDetail>> UpdateStation(int id, StationInput request, StationsService stations, CancellationToken cancellationToken)
    {
        await stations.UpdateAsync(id, request, cancellationToken);
        return TypedResults.Ok(await stations.ReadAsync(id, cancellationToken));
    }

    private static async Task<Ok<StationDetail>> AddRoom(int id, StationRoomInput request, StationsService stations, CancellationToken cancellationToken)
    {
        await stations.AddRoomAsync(id, request, cancellationToken);
        return TypedResults.Ok(await stations.ReadAsync(id, cancellationToken));
    }

    private static async Task<Created<StationCreated>> AddMicroProject(int id, NewMicroProject request, StationsService stations, CancellationToken cancellationToken)
    {
        var projectId = await stations.AddMicroProjectAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/stations/{id}", new StationCreated(projectId));
    }

    private static async Task<Ok<IReadOnlyList<StationMonth>>> Figures(int? regionId, string? month, StationMonths months, CancellationToken cancellationToken) =>
        TypedResults.Ok(await months.OfRegionAsync(regionId, month, cancellationToken));

    private static async Task<Created<StationCreated>> Link(NewLadderLink request, LadderService ladder, CancellationToken cancellationToken)
    {
        var id = await ladder.LinkAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/stations/ladder/{id}", new StationCreated(id));
    }

    private static async Task<Ok<LadderLine>> EndLink(int id, EndLadderLink request, LadderService ladder, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ladder.EndAsync(id, request, cancellationToken));

    private static async Task<Ok<IReadOnlyList<StaffLine>>> ListStaff(int? communityId, StaffService staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await staff.ListAsync(communityId, cancellationToken));

    private static async Task<Created<StationCreated>> CreateStaff(NewStaff request, StaffService staff, CancellationToken cancellationToken)
    {
        var id = await staff.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/stations/staff/{id}", new StationCreated(id));
    }

    private static async Task<Ok<StaffDetail>> ReadStaff(int id, DateOnly? from, DateOnly? to, StaffService staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await staff.ReadAsync(id, from, to, cancellationToken));

    private static async Task<Ok<StaffDetail>> LinkStaff(int id, StaffLinks request, StaffService staff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await staff.LinkAsync(id, request, cancellationToken));

    private static async Task<Ok<SupervisorQueueView>> Queue(int communityId, SupervisorQueue queue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queue.ReadAsync(communityId, cancellationToken));

    private static async Task<Ok<IReadOnlyList<TrainingView>>> ListTrainings(int? communityId, TrainingsService trainings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await trainings.ListAsync(communityId, cancellationToken));

    private static async Task<Created<StationCreated>> CreateTraining(NewTraining request, TrainingsService trainings, CancellationToken cancellationToken)
    {
        var id = await trainings.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/stations/trainings/{id}", new StationCreated(id));
    }

    private static async Task<Ok<TrainingView>> ReadTraining(int id, TrainingsService trainings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await trainings.ReadAsync(id, cancellationToken));

    private static async Task<Ok<TrainingView>> Attend(int id, TrainingAttendanceInput request, TrainingsService trainings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await trainings.RecordAttendanceAsync(id, request, cancellationToken));

    private static async Task<Ok<CheckInsTaken>> TakeCheckIns(int id, TrainingsService trainings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await trainings.TakeCheckInsAsync(id, cancellationToken));

    private static async Task<Ok<TrainingView>> TrainVolunteers(int id, TrainingVolunteersInput request, TrainingsService trainings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await trainings.RecordVolunteersAsync(id, request, cancellationToken));

    private static async Task<Created<StationCreated>> Supervise(NewSupervision request, SupervisionService supervision, CancellationToken cancellationToken)
    {
        var id = await supervision.RecordAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/stations/supervision/{id}", new StationCreated(id));
    }
}

/// <summary>The OpenAPI summaries of the stations module (<see cref="ApiSummaries"/>).</summary>
public static class StationsApiSummaries
{
    public static readonly ApiSummaries Table = new(new Dictionary<string, string>
    {
        ["GET /api/v1/stations"] = "The stations (one per community) in the caller's scope: name, persona, opening hours",
        ["POST /api/v1/stations"] = "A community's station: name, persona, opening hours, services, online service, operating rules (one per community: 409)",
        ["GET /api/v1/stations/{id}"] = "A station's page: rooms, staff with their hours, the ladder, the groups of its community and the micro-projects it accompanies",
        ["PUT /api/v1/stations/{id}"] = "Rewrite a station's description",
        ["POST /api/v1/stations/{id}/rooms"] = "A space of the community as a room of the station: purpose Casework|Group|Learning|Other (once per space: 409)",
        ["POST /api/v1/stations/{id}/micro-projects"] = "A micro-project the station accompanies: a lead group and the new group it brings along (以老带新), both of the community",
        ["GET /api/v1/stations/figures"] = "Each station's month under a region (month yyyy-MM): activities held and person-times, trainings and person-hours, supervision sessions and hours",
        ["POST /api/v1/stations/ladder"] = "A ladder link: a staff profile supports another of the community from a day (one open link per pair: 409)",
        ["POST /api/v1/stations/ladder/{id}/end"] = "End a ladder link on a day (not before its start, not after today)",
        ["GET /api/v1/stations/staff"] = "The station's workers (of one community): qualification, role, training and supervision hours",
        ["POST /api/v1/stations/staff"] = "A community worker's profile: qualification None|Assistant|SocialWorker|Senior, certificate number and day, employer, role, skills",
        ["GET /api/v1/stations/staff/{id}"] = "A worker's development: trainings attended, supervision received and given, hours summed from the records (from, to: a period); cases, groups and activities through the linked account and resident",
        ["PUT /api/v1/stations/staff/{id}/links"] = "Link a worker's profile to a console account (userId: id or user name) and a resident of the community; null unlinks (each once: 409)",
        ["GET /api/v1/stations/queue"] = "The caller's supervisor queue in a community: case reviews due and closings waiting, supported workers due a session, open grant reports",
        ["POST /api/v1/stations/trainings/{id}/check-ins"] = "Take a training's attendance from the check-ins of the activity it was run as: staff profiles by resident, and volunteers' Order 67 records for a volunteer training",
        ["POST /api/v1/stations/trainings/{id}/volunteers"] = "Write the training into the Order 67 training records of the community's volunteers (once each)",
        ["GET /api/v1/stations/trainings"] = "The station's trainings, latest first, with who attended",
        ["POST /api/v1/stations/trainings"] = "A training: title, day, hours, audience Staff|Activists|Volunteers|Committee, trainer, content, the activity it is run as",
        ["GET /api/v1/stations/trainings/{id}"] = "A training and who attended",
        ["POST /api/v1/stations/trainings/{id}/attendance"] = "Record who attended (staff profiles of the community; once the day has come); each counts the training's hours",
        ["POST /api/v1/stations/supervision"] = "A supervision session held: supervisor, participants (staff profiles of one community), day, hours, kind Individual|Group|OnSite, topics, follow-up",
    }, new Dictionary<string, string>
    {
        ["Stations"] = "Social-work stations (社工站): the workers, their qualifications, trainings and supervision, and the hours each has from the records",
    });
}
