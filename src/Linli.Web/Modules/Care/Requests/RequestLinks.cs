using System.Security.Claims;
using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Mediation;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Requests;

/// <summary>
/// A request becomes a case, a mediation or a need without retyping: the request's text, resident and place carry over,
/// and the request remembers what it became. Each link is made once (a conditional update inside the transaction
/// that creates the new record, so two clicks make one case).
/// </summary>
public sealed class RequestLinks(LinliDb db, RequestsService requests, CasesService cases, MediationService mediation, Surveys.Needs.NeedsService needs,
    ResidentDirectory residents, AuditLog audit)
{
    public async Task<int> ToCaseAsync(int id, RequestToCase input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(id, cancellationToken);
        if (request.ResidentId is null) throw new FieldValidationException("residentId", "Care.RequestWithoutResident");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var caseId = await cases.OpenAsync(new NewCase(request.ResidentId, CaseSource.Request, input.Basis, request.Text, input.SupervisorId, input.ConsentBy), user,
            cancellationToken);
        await LinkAsync(db.Set<ServiceRequest>().Where(r => r.Id == id && r.CaseId == null), s => s.SetProperty(r => r.CaseId, caseId), cancellationToken);
        await audit.RecordAsync("care.request-to-case", RequestsService.SubjectType, id.ToString(), $"case={caseId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return caseId;
    }

    public async Task<int> ToMediationAsync(int id, RequestToMediation input, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(id, cancellationToken);
        var complainant = request.ResidentId is { } residentId ? (await residents.NamesAsync([residentId], cancellationToken)).GetValueOrDefault(residentId) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mediationId = await mediation.OpenAsync(new NewMediation(request.CommunityId, input.Issue, MediationChannel.RequestLine, complainant ?? "来电居民", request.Text,
            input.Respondent, request.RegionId), cancellationToken);
        await LinkAsync(db.Set<ServiceRequest>().Where(r => r.Id == id && r.MediationId == null), s => s.SetProperty(r => r.MediationId, mediationId), cancellationToken);
        await audit.RecordAsync("care.request-to-mediation", RequestsService.SubjectType, id.ToString(), $"mediation={mediationId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mediationId;
    }

    /// <summary>The request onto the needs list (source 365, one household), its first line as the title unless one is given.</summary>
    public async Task<int> ToNeedAsync(int id, RequestToNeed input, CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(id, cancellationToken);
        var title = string.IsNullOrWhiteSpace(input.Title) ? request.Text.Split('\n')[0].Trim() : input.Title.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var needId = await needs.FromRequestAsync(request.CommunityId, title, request.Text, cancellationToken);
        await LinkAsync(db.Set<ServiceRequest>().Where(r => r.Id == id && r.NeedId == null), s => s.SetProperty(r => r.NeedId, needId), cancellationToken);
        await audit.RecordAsync("care.request-to-need", RequestsService.SubjectType, id.ToString(), $"need={needId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return needId;
    }

    private static async Task LinkAsync(IQueryable<ServiceRequest> unlinked, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ServiceRequest>> set,
        CancellationToken cancellationToken)
    {
        if (await unlinked.ExecuteUpdateAsync(set, cancellationToken) == 0) throw new ConflictException("Care.RequestAlreadyLinked");
    }
}
