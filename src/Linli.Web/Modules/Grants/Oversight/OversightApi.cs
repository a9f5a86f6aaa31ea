using Linli.Web.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Linli.Web.Modules.Grants.Oversight;

/// <summary>/api/v1/grants: a project's mid-term and closing reviews with their rectification items, its agreement and tranches.</summary>
public static class OversightApi
{
    public static void MapOversightApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/grants/projects/{id:int}").WithTags("Grants").RequireAuthorization(GrantsPolicies.Read);
        projects.MapGet("/reviews", Reviews);
        projects.MapPost("/reviews", Review).Validate<NewProjectReview>().RequireAuthorization(GrantsPolicies.Manage);
        projects.MapPost("/rectifications/{itemId:int}/done", Rectified).Validate<RectificationDone>().RequireAuthorization(GrantsPolicies.Report);
        projects.MapGet("/agreement", Agreement);
        projects.MapPut("/agreement", Sign).Validate<NewAgreement>().RequireAuthorization(GrantsPolicies.Manage);
        app.MapPost("/api/v1/grants/tranches/{id:int}/payment", Pay).WithTags("Grants").Validate<TranchePayment>().RequireAuthorization(GrantsPolicies.Manage);
    }

    private static async Task<Ok<IReadOnlyList<ProjectReviewView>>> Reviews(int id, OversightService oversight, CancellationToken cancellationToken) =>
        TypedResults.Ok(await oversight.ReviewsAsync(id, cancellationToken));

    private static async Task<Created<GrantCreated>> Review(int id, NewProjectReview request, OversightService oversight, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/grants/projects/{id}/reviews", new GrantCreated(await oversight.ReviewAsync(id, request, cancellationToken)));

    private static async Task<Ok<RectificationView>> Rectified(int id, int itemId, RectificationDone request, OversightService oversight,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await oversight.CompleteItemAsync(id, itemId, request, cancellationToken));

    private static async Task<Ok<AgreementView>> Agreement(int id, OversightService oversight, CancellationToken cancellationToken) =>
        TypedResults.Ok(await oversight.AgreementAsync(id, cancellationToken));

    private static async Task<Ok<AgreementView>> Sign(int id, NewAgreement request, OversightService oversight, CancellationToken cancellationToken) =>
        TypedResults.Ok(await oversight.SignAsync(id, request, cancellationToken));

    private static async Task<Ok<AgreementView>> Pay(int id, TranchePayment request, OversightService oversight, CancellationToken cancellationToken) =>
        TypedResults.Ok(await oversight.PayAsync(id, request, cancellationToken));
}
