// office-addin-mock imports office-addin-manifest, which needs the network; the tests need none of it.
module.exports = {};
