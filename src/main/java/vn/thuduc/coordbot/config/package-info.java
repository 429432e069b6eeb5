/** Configuration: {@code config/coordbot.properties} plus environment overrides, validated at start-up. */
package vn.thuduc.coordbot.config;
