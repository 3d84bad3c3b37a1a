// Parameters for deployment/main.bicep. Every value here has a default in the template; change
// what your organisation needs and pass this file to az deployment group create.
using 'main.bicep'

param baseName = 'lcb-coach'
param planSku = 'B1'
param botSku = 'F0'
param botDisplayName = 'Leadership Coach Bot'
param tableName = 'botstate'
