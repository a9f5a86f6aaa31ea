using System.Linq.Expressions;
using System.Reflection;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Scoping;

public static class CommunityFilter
{
    /// <summary>
    /// Adds the caller's scope to every entity that implements <see cref="ICommunityOwned"/> (or <see cref="IRegionOwned"/>):
    /// staff see the records of their communities (a social organization also its own, <see cref="IOrganizationRun"/>); a resident sees their community's <see cref="ResidentAccess.IShared"/> records and their own
    /// <see cref="ResidentAccess.IPersonal{TSelf}"/> ones; nobody else sees anything.
    /// </summary>
    public static void FilterCommunityOwned(this ModelBuilder builder, LinliDb db)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IRegionOwned).IsAssignableFrom(e.ClrType)))
            builder.Entity(entity.ClrType).HasQueryFilter((LambdaExpression)typeof(CommunityFilter).GetMethod(nameof(RegionFilter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(entity.ClrType).Invoke(null, [db])!);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ICommunityOwned).IsAssignableFrom(e.ClrType)))
        {
            var type = entity.ClrType;
            if (typeof(IOrganizationRun).IsAssignableFrom(type))
            {
                builder.Entity(type).HasQueryFilter((LambdaExpression)typeof(CommunityFilter).GetMethod(nameof(OrganizationFilter), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(type).Invoke(null, [db])!);
                continue;
            }
            var personal = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ResidentAccess.IPersonal<>));
            var method = typeof(CommunityFilter).GetMethod(personal ? nameof(PersonalFilter) : typeof(ResidentAccess.IShared).IsAssignableFrom(type) ? nameof(SharedFilter) : nameof(StaffFilter),
                BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
            builder.Entity(type).HasQueryFilter((LambdaExpression)method.Invoke(null, [db])!);
        }
    }

    private static Expression<Func<T, bool>> StaffFilter<T>(LinliDb db) where T : ICommunityOwned =>
        e => db.ScopeSeesAll || (!db.ScopeIsResident && db.ScopeCommunityIds.Contains(e.CommunityId));

    /// <summary>Inside the caller's subtree, or a region on the way down to it.</summary>
    private static Expression<Func<T, bool>> RegionFilter<T>(LinliDb db) where T : IRegionOwned =>
        e => db.ScopeSeesAll || db.ScopeAncestorRegionIds.Contains(e.RegionId) || db.ScopeRegionPaths.Any(p => e.RegionPath.StartsWith(p));

    private static Expression<Func<T, bool>> OrganizationFilter<T>(LinliDb db) where T : IOrganizationRun =>
        e => db.ScopeSeesAll || (!db.ScopeIsResident && db.ScopeCommunityIds.Contains(e.CommunityId)) || db.ScopeOrganizationIds.Contains(e.OrganizationId);

    private static Expression<Func<T, bool>> SharedFilter<T>(LinliDb db) where T : ICommunityOwned =>
        e => db.ScopeSeesAll || db.ScopeCommunityIds.Contains(e.CommunityId);

    private static Expression<Func<T, bool>> PersonalFilter<T>(LinliDb db) where T : ICommunityOwned, ResidentAccess.IPersonal<T>
    {
        Expression<Func<T, int?, bool>> filter = (e, resident) => db.ScopeSeesAll
            || (!db.ScopeIsResident && db.ScopeCommunityIds.Contains(e.CommunityId))
            || (db.ScopeIsResident && db.ScopeResidentIds.Contains(resident));
        // Put the record's own "which resident" expression where the filter says resident.
        var parameter = filter.Parameters[0];
        var resident = T.ResidentOf;
        var owner = new Rebind(resident.Parameters[0], parameter).Visit(resident.Body);
        return Expression.Lambda<Func<T, bool>>(new Rebind(filter.Parameters[1], owner).Visit(filter.Body), parameter);
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
