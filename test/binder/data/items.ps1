@{CatalogItemId='CFQ7TTC0LH18:0001:CFQ7TTC0K971'; Quantity=2; BillingCycle='Annual'},
@{CatalogItemId='DG7GMGF0DWTL:0001:DG7GMGF0DSJB'
  Quantity=1
  BillingCycle='OneTime'}
