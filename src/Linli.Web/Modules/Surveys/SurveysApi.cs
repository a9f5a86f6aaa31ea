using System.Security.Claims;
using System.Text.Json;
using Linli.Web.Modules.Surveys.Needs;
using Linli.Web.Modules.Surveys.Results;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Http = Microsoft.AspNetCore.Http.Results;

namespace Linli.Web.Modules.Surveys;

public sealed record PublicAnswers(Dictionary<string, JsonElement>? Answers, string? ClientKey);

public sealed record ThemeRequest(string? QuestionKey, string? Name);

public sealed record CodeRequest(int? ThemeId);

/// <summary>/api/v1/surveys: build, open, collect, results, exports; /api/v1/public/surveys/{token}: the public link; console file routes.</summary>
public static class SurveysApi
{
    public static void MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/surveys").WithTags("Surveys").RequireAuthorization();
        var manage = api.MapGroup("").RequireAuthorization(SurveysPolicies.Manage);

        manage.MapPost("/", async Task<Created<IdResult>> (SurveyInput input, SurveysService surveys, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var survey = await surveys.CreateAsync(input, user, ct);
            return TypedResults.Created($"/api/v1/surveys/{survey.Id}", new IdResult(survey.Id));
        });
        manage.MapGet("/", async (int communityId, SurveysService surveys, CancellationToken ct) => TypedResults.Ok(await surveys.ListAsync(communityId, ct)));
        manage.MapGet("/templates", () => TypedResults.Ok(SurveyTemplates.All.Select(t => new TemplateSummary(t.Key, t.Title, t.TitleEn, t.Questions.Count)).ToList()));
        manage.MapPost("/templates/{key}/copy", async (string key, CopyRequest request, SurveysService surveys, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var survey = await surveys.FromTemplateAsync(key, request.CommunityId, request.Title, user, ct);
            return TypedResults.Created($"/api/v1/surveys/{survey.Id}", new IdResult(survey.Id));
        });
        manage.MapGet("/{id:int}", async (int id, SurveysService surveys, CancellationToken ct) => TypedResults.Ok(await surveys.DetailAsync(id, ct)));
        manage.MapPut("/{id:int}", async (int id, SurveyInput input, SurveysService surveys, CancellationToken ct) =>
        {
            await surveys.UpdateAsync(id, input, ct);
            return TypedResults.NoContent();
        });
        manage.MapPost("/{id:int}/copy", async (int id, CopyRequest request, SurveysService surveys, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var survey = await surveys.CopyAsync(id, request.CommunityId, request.Title, user, ct);
            return TypedResults.Created($"/api/v1/surveys/{survey.Id}", new IdResult(survey.Id));
        });
        manage.MapPost("/{id:int}/open", async (int id, SurveysService surveys, CancellationToken ct) =>
        {
            await surveys.OpenAsync(id, ct);
            var survey = await surveys.DetailAsync(id, ct);
            return TypedResults.Ok(new SurveyState(survey.Id, survey.Status, survey.PublicPath));
        });
        manage.MapPost("/{id:int}/close", async (int id, SurveysService surveys, CancellationToken ct) =>
        {
            await surveys.CloseAsync(id, ct);
            return TypedResults.Ok(new SurveyState(id, SurveyStatus.Closed, null));
        });

        api.MapPost("/{id:int}/responses", async (int id, ResponseInput input, ResponsesService responses, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await responses.SubmitAsync(id, input, user, ct);
            return Answered(created, $"/api/v1/surveys/{id}/responses/{created.Id}");
        });

        manage.MapGet("/{id:int}/results", async (int id, ResultsService results, CancellationToken ct) => TypedResults.Ok(await results.ResultsAsync(id, ct)));
        manage.MapGet("/{id:int}/crosstab", async (int id, string? question, string? by, ResultsService results, CancellationToken ct) =>
            TypedResults.Ok(await results.CrossTabAsync(id, question, by, ct)));
        manage.MapGet("/{id:int}/compare", async (int id, int? before, ResultsService results, CancellationToken ct) => TypedResults.Ok(await results.CompareAsync(id, before, ct)));
        manage.MapGet("/{id:int}/open-answers/{key}", async (int id, string key, ResultsService results, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(await results.OpenAnswersAsync(id, key, user, ct)));
        manage.MapPost("/{id:int}/themes", async (int id, ThemeRequest request, ResultsService results, CancellationToken ct) =>
        {
            var theme = await results.AddThemeAsync(id, request.QuestionKey, request.Name, ct);
            return TypedResults.Created($"/api/v1/surveys/{id}/themes/{theme.Id}", new IdResult(theme.Id));
        });
        manage.MapPut("/{id:int}/answers/{answerId:long}/theme", async (int id, long answerId, CodeRequest request, ResultsService results, CancellationToken ct) =>
        {
            await results.CodeAsync(id, answerId, request.ThemeId, ct);
            return TypedResults.NoContent();
        });
        MapExports(manage);
        manage.MapPost("/{id:int}/needs", async (int id, NeedFromResult request, NeedsService needs, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var need = await needs.FromResultAsync(id, request, user.Identity?.Name ?? "", ct);
            return TypedResults.Created($"/api/v1/needs/{need.Id}", new IdResult(need.Id));
        });

        MapPublic(app);
        MapConsoleFiles(app);
    }

    /// <summary>A new response is 201; a phone's resend of one already held answers 200 with the first.</summary>
    /// <summary>201 for new answers; 200 with the same body when a retry (the same client key) finds them already recorded.</summary>
    private static Results<Ok<ResponseCreated>, Created<ResponseCreated>> Answered(ResponseCreated created, string location) =>
        created.Replayed ? TypedResults.Ok(created) : TypedResults.Created(location, created);

    /// <summary>The raw answers and the Word summary, under the API and again under the console for signed-in browsers.</summary>
    private static void MapExports(RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/export.xlsx", async (int id, SurveyExports exports, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (name, content) = await exports.RawAsync(id, user, ct);
            return TypedResults.File(content, OfficeTypes.Xlsx, name);
        }).ProducesFile(OfficeTypes.Xlsx);
        group.MapGet("/{id:int}/summary.docx", async (int id, SurveyExports exports, CancellationToken ct) =>
        {
            var (name, content) = await exports.SummaryAsync(id, ct);
            return TypedResults.File(content, OfficeTypes.Docx, name);
        }).ProducesFile(OfficeTypes.Docx);
    }

    /// <summary>The public link: the questionnaire to show and the answers sent back, with or without sign-in as the survey sets.</summary>
    private static void MapPublic(IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/public/surveys").WithTags("Surveys").AllowAnonymous();
        open.MapGet("/{token}", async (string token, ResponsesService responses, CancellationToken ct) =>
        {
            var survey = await responses.PublicAsync(token, ct);
            var questions = await responses.PublicQuestionsAsync(survey.Id, ct);
            return TypedResults.Ok(new PublicSurvey(survey.Title, survey.TitleEn, survey.Intro, survey.Status, survey.Respondents, survey.OncePer, [.. questions.Select(QuestionView.Of)]));
        });
        open.MapPost("/{token}/responses", async (string token, PublicAnswers input, ResponsesService responses, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await responses.SubmitPublicAsync(token, input.Answers, input.ClientKey, user, ct);
            return Answered(created, $"/api/v1/public/surveys/{token}");
        });
    }

    /// <summary>The same files and the door-to-door sync for signed-in browsers: the API itself takes bearer tokens only.</summary>
    private static void MapConsoleFiles(IEndpointRouteBuilder app)
    {
        // Errors here answer as the API's do (404, 403), not with the error page.
        var console = app.MapGroup("/console/surveys").ExcludeFromDescription().WithMetadata(new JsonErrors());
        MapExports(console.MapGroup("").RequireAuthorization(SurveysPolicies.Manage));
        // A phone's queued door-to-door entries arrive here one by one; the page's antiforgery token travels in a header.
        console.MapPost("/{id:int}/visit-responses", async (int id, ResponseInput input, HttpContext http, IAntiforgery antiforgery, ResponsesService responses,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            await antiforgery.ValidateRequestAsync(http);
            var created = await responses.SubmitAsync(id, input with { Channel = ResponseChannel.Visit }, user, ct);
            return Answered(created, $"/api/v1/surveys/{id}/responses/{created.Id}");
        }).RequireAuthorization(SurveysPolicies.Collect);
    }
}
